package org.reloadj.cli.config;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reloadj.api.Opaque;
import org.reloadj.config.BootstrapNode;
import org.reloadj.config.KindBlock;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.config.SignedConfiguration;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;

/**
 * A configuration document as a JSON tree: {@code {"configurations": [...]}}, one object per
 * configuration element, its keys named as the XML elements and attributes of RFC 6940, 11.1,
 * every value after the RFC's defaults are applied.
 */
final class ConfigurationJson {
    private ConfigurationJson() {
    }

    static Map<String, Object> of(OverlayConfigurations document) {
        List<Object> configurations = new ArrayList<>();
        for (SignedConfiguration c : document.configurations()) {
            configurations.add(of(c));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("configurations", configurations);
        return root;
    }

    private static Map<String, Object> of(SignedConfiguration signed) {
        OverlayConfiguration c = signed.configuration();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instance-name", c.instanceName());
        m.put("sequence", c.sequence().isPresent() ? c.sequence().getAsLong() : null);
        m.put("expiration", c.expiration().map(Object::toString).orElse(null));
        m.put("topology-plugin", c.topologyPlugin());
        m.put("node-id-length", c.nodeIdLength());
        m.put("max-message-size", c.maxMessageSize());
        m.put("initial-ttl", c.initialTtl());
        m.put("overlay-reliability-timer", c.overlayReliabilityTimer());
        m.put("chord-update-interval", c.chord().updateInterval());
        m.put("chord-ping-interval", c.chord().pingInterval());
        m.put("chord-reactive", c.chord().reactive());
        m.put("turn-density", c.turnDensity());
        m.put("clients-permitted", c.clientsPermitted());
        m.put("no-ice", c.noIce());
        m.put("shared-secret", c.sharedSecret().orElse(null));
        Map<String, Object> selfSigned = new LinkedHashMap<>();
        selfSigned.put("value", c.selfSignedCertificatesPermitted());
        selfSigned.put("digest", c.selfSignedPermitted().map(s -> s.digest()).orElse(null));
        m.put("self-signed-permitted", selfSigned);
        m.put("root-certs", c.rootCertificates().stream().map(ConfigurationJson::rootCert).toList());
        m.put("enrollment-servers", c.enrollmentServers());
        m.put("bootstrap-nodes", c.bootstrapNodes().stream().map(ConfigurationJson::bootstrapNode).toList());
        m.put("overlay-link-protocols", c.overlayLinkProtocols());
        m.put("configuration-signers", c.configurationSigners());
        m.put("kind-signers", c.kindSigners());
        m.put("bad-nodes", c.badNodes());
        m.put("mandatory-extensions", c.mandatoryExtensions());
        m.put("kinds", c.kinds().stream().map(ConfigurationJson::kind).toList());
        m.put("extensions", c.extensions().stream().map(e -> Map.of("namespace", e.namespace(), "name", e.localName()))
                .toList());
        m.put("signatures", signed.signatures().size());
        return m;
    }

    private static Map<String, Object> rootCert(Opaque der) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            X509Certificate cert = ReloadCertificate.x509(der);
            m.put("subject", cert.getSubjectX500Principal().getName());
            m.put("sha256-fingerprint", HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256(der)));
            m.put("not-after", cert.getNotAfter().toInstant().toString());
        } catch (ReloadSecurityException e) {
            m.put("base64", Base64.getEncoder().encodeToString(der.toByteArray()));
            m.put("error", "not an X.509 certificate");
        }
        return m;
    }

    private static Map<String, Object> bootstrapNode(BootstrapNode node) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", node.address());
        m.put("port", node.port());
        return m;
    }

    private static Map<String, Object> kind(KindBlock k) {
        Map<String, Object> m = new LinkedHashMap<>();
        k.name().ifPresent(n -> m.put("name", n));
        k.id().ifPresent(id -> m.put("id", id.value()));
        m.put("data-model", k.dataModel());
        m.put("access-control", k.accessControl());
        m.put("max-count", k.maxCount());
        m.put("max-size", k.maxSize());
        if (k.maxNodeMultiple().isPresent()) {
            m.put("max-node-multiple", k.maxNodeMultiple().getAsInt());
        }
        m.put("kind-signature", k.signature().isPresent());
        return m;
    }

    private static byte[] sha256(Opaque der) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(der.toByteArray());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

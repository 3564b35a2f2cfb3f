package org.reloadj.core.config;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.config.ChordParameters;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.core.node.NodeSettings;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.psk.SharedSecretPsk;

/**
 * What a node takes from its overlay's configuration (RFC 6940, 11.1): its settings (instance-name,
 * max-message-size, initial-ttl, overlay-reliability-timer, clients-permitted, the Chord
 * parameters for the topology plug-in), whom it trusts (root-cert, self-signed-permitted,
 * node-id-length) and how its links authenticate (shared-secret). The operator's local choices (client mode, admitting peer, buffer sizes) are
 * added to the settings builder this returns.
 */
public final class ConfiguredNode {
    private ConfiguredNode() {
    }

    /** The settings of the node {@code nodeId} in the overlay of {@code configuration}. */
    public static NodeSettings.Builder settings(OverlayConfiguration configuration, NodeId nodeId) {
        if (nodeId.length() != configuration.nodeIdLength()) {
            throw new IllegalArgumentException("the overlay's Node-IDs have " + configuration.nodeIdLength()
                    + " bytes, not " + nodeId.length());
        }
        return NodeSettings.builder(configuration.instanceName(), nodeId)
                .maxMessageSize((int) Math.min(Integer.MAX_VALUE, configuration.maxMessageSize()))
                .initialTtl(configuration.initialTtl())
                .reliabilityTimer(Duration.ofMillis(configuration.overlayReliabilityTimer()))
                .clientsPermitted(configuration.clientsPermitted())
                .topologyParameters(chordParameters(configuration.chord()));
    }

    /**
     * The validator of the overlay's node certificates: its root-certs as trust anchors, its
     * self-signed-permitted policy and Node-ID length, at {@code clock}'s time.
     *
     * @throws ReloadSecurityException MALFORMED_CERTIFICATE when a root-cert is not a DER certificate
     */
    public static CertificateValidator validator(OverlayConfiguration configuration, Clock clock)
            throws ReloadSecurityException {
        List<X509Certificate> roots = new ArrayList<>();
        for (Opaque der : configuration.rootCertificates()) {
            roots.add(ReloadCertificate.x509(der));
        }
        SelfSignedPolicy selfSigned = configuration.selfSignedPermitted()
                .map(s -> SelfSignedPolicy.fromConfiguration(s.permitted(), s.digest()))
                .orElse(SelfSignedPolicy.forbidden());
        return new CertificateValidator(TrustAnchors.of(roots), clock, configuration.nodeIdLength(), selfSigned);
    }

    /**
     * The credentials of the links of node {@code nodeId}: {@code certified} as they are, or, when
     * the configuration holds a shared-secret (RFC 6940, 4.1.1, 11.1, 13.4), with the TLS-PSK key
     * derived from it ({@link SharedSecretPsk}) and the node's Node-ID as PSK identity, so that
     * the link providers use TLS-PSK and DTLS-PSK.
     *
     * @throws IllegalArgumentException when the shared-secret is blank
     */
    public static LinkCredentials linkCredentials(OverlayConfiguration configuration, LinkCredentials certified,
            NodeId nodeId) {
        return configuration.sharedSecret()
                .map(secret -> SharedSecretPsk.derive(configuration.instanceName(), secret)
                        .linkCredentials(certified, nodeId))
                .orElse(certified);
    }

    /** The Chord elements by name, as the topology plug-in reads its parameters (10.7.4, 11.1). */
    private static Map<String, String> chordParameters(ChordParameters chord) {
        return Map.of("chord-update-interval", Integer.toString(chord.updateInterval()),
                "chord-ping-interval", Integer.toString(chord.pingInterval()),
                "chord-reactive", Boolean.toString(chord.reactive()));
    }
}

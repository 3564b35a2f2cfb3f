package org.reloadj.config.internal.check;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.SelfSignedPermitted;
import org.reloadj.config.ValidationContext;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.security.signature.SignatureVerifier;

/**
 * Builds the signature verifier of a configuration from what it (or the configuration in force)
 * says about trust: its root certificates, or the operator's when given; its self-signed policy;
 * its Node-ID length (RFC 6940, 11.1, 11.3).
 */
final class Verifiers {
    private Verifiers() {
    }

    /** A verifier trusting what {@code basis} says, at the context's time. */
    static SignatureVerifier of(OverlayConfiguration basis, ValidationContext context) {
        List<Opaque> roots = context.trustAnchors().isEmpty() ? basis.rootCertificates() : context.trustAnchors();
        CertificateValidator validator = new CertificateValidator(TrustAnchors.of(decode(roots)), context.clock(),
                usableNodeIdLength(basis), selfSigned(basis));
        return new SignatureVerifier(validator, CertificateSource.none());
    }

    /** The Node-IDs of {@code hex} that are well-formed for the configuration's Node-ID length. */
    static Set<NodeId> nodeIds(List<String> hex, int nodeIdLength) {
        return hex.stream().filter(h -> h.length() == 2 * nodeIdLength && h.chars().allMatch(HexFormat::isHexDigit))
                .map(NodeId::fromHex).collect(Collectors.toUnmodifiableSet());
    }

    /** The configuration's Node-ID length, or the default when it is not one a Node-ID may have. */
    static int usableNodeIdLength(OverlayConfiguration c) {
        return NodeId.isValidLength(c.nodeIdLength()) ? c.nodeIdLength() : OverlayConfiguration.DEFAULT_NODE_ID_LENGTH;
    }

    private static SelfSignedPolicy selfSigned(OverlayConfiguration c) {
        Optional<SelfSignedPermitted> s = c.selfSignedPermitted().filter(SelfSignedPermitted::permitted)
                .filter(p -> SelfSignedPermitted.STANDARD_DIGESTS.contains(p.digest()));
        return s.map(p -> SelfSignedPolicy.fromConfiguration(true, p.digest())).orElse(SelfSignedPolicy.forbidden());
    }

    private static List<X509Certificate> decode(List<Opaque> ders) {
        List<X509Certificate> out = new ArrayList<>();
        for (Opaque der : ders) {
            try {
                out.add(ReloadCertificate.x509(der));
            } catch (ReloadSecurityException e) {
                // not a certificate: CertificateRules reports it; it anchors nothing
            }
        }
        return out;
    }
}

package org.reloadj.security.link;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TrustAnchors;

/**
 * How a link authenticates the node at its other end (RFC 6940, 6.6 and 11.3): the certificate
 * chain presented in the TLS or DTLS handshake must validate as a node certificate of the overlay
 * ({@link CertificateValidator}), and when the link was opened for an Attach, hold the Node-ID of
 * the node that sent the AttachReqAns (6.5.1.11). The Node-IDs of the certificate are the link's
 * remote Node-IDs.
 *
 * @param nodeIdLength the overlay's Node-ID length in bytes
 * @param selfSigned   whether the overlay accepts self-signed certificates (11.3.1)
 * @param clock        the time certificates are checked at
 */
public record LinkAuthentication(int nodeIdLength, SelfSignedPolicy selfSigned, Clock clock) {
    /** Checks the parts are present and the length is a Node-ID length. */
    public LinkAuthentication {
        Objects.requireNonNull(selfSigned, "selfSigned");
        Objects.requireNonNull(clock, "clock");
        if (!NodeId.isValidLength(nodeIdLength)) {
            throw new IllegalArgumentException("Node-IDs have 16 to 20 bytes, not " + nodeIdLength);
        }
    }

    /** CA-issued certificates only, of {@code nodeIdLength}-byte Node-IDs, on the system clock. */
    public static LinkAuthentication of(int nodeIdLength) {
        return new LinkAuthentication(nodeIdLength, SelfSignedPolicy.forbidden(), Clock.systemUTC());
    }

    /** A validator for the overlay whose roots {@code credentials} carry. */
    public CertificateValidator validator(LinkCredentials credentials) {
        return new CertificateValidator(TrustAnchors.of(credentials.roots()), clock, nodeIdLength, selfSigned);
    }

    /**
     * Validates the chain a peer presented and, when {@code expected} is given, that its
     * certificate holds that Node-ID.
     *
     * @param chain the peer's certificate first, then its issuers
     * @return the peer's certificate, read
     * @throws ReloadSecurityException when the certificate is not trusted, expired, malformed, or
     *                                 of another node (NODE_ID_MISMATCH)
     */
    public static ReloadCertificate authenticate(CertificateValidator validator, List<X509Certificate> chain,
            Optional<NodeId> expected) throws ReloadSecurityException {
        if (chain.isEmpty()) {
            throw new ReloadSecurityException(ReloadSecurityException.Reason.UNKNOWN_CERTIFICATE,
                    "the peer presented no certificate");
        }
        ReloadCertificate certificate = validator.validate(chain);
        if (expected.isPresent()) {
            validator.checkNodeId(certificate, expected.get());
        }
        return certificate;
    }
}

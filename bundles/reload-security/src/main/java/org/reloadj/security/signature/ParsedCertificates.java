package org.reloadj.security.signature;

import java.security.cert.X509Certificate;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.internal.Digests;
import org.reloadj.security.internal.LruCache;
import org.reloadj.wire.message.SignerIdentity;

/**
 * The certificates seen in security blocks, parsed once: every message carries its signer's
 * certificates (RFC 6940, 6.3.4), and decoding X.509 costs more than finding the parsed form
 * again. Parsing only; nothing here says a certificate is trusted. Thread-safe.
 */
final class ParsedCertificates {
    private final int nodeIdLength;
    private final LruCache<Opaque, Parsed> byDer;

    /**
     * One certificate: its X.509 form and DER, and either its reading as a node certificate or
     * why it is not one (a CA certificate, or a defective node certificate).
     */
    record Parsed(X509Certificate x509, Opaque der, ReloadCertificate node, String notNode) {

        /**
         * The Node-ID {@code identity} designates in this certificate, or empty when it names
         * another. A certificate that is not a node certificate signs nothing, but when the
         * identity is its cert_hash its defect is the failure to report.
         *
         * @throws ReloadSecurityException as {@link SignerIdentities#signerNodeId}, or
         *                                 MALFORMED_CERTIFICATE for a defective signer certificate
         */
        Optional<NodeId> signerNodeId(SignerIdentity identity) throws ReloadSecurityException {
            if (node != null) {
                return SignerIdentities.signerNodeId(identity, node);
            }
            if (identity instanceof SignerIdentity.CertHash h
                    && Digests.digest(SignerIdentities.hashAlgorithm(h.hashAlgorithm()), der).equals(h.hash())) {
                throw new ReloadSecurityException(Reason.MALFORMED_CERTIFICATE, notNode);
            }
            return Optional.empty();
        }
    }

    ParsedCertificates(int nodeIdLength, int capacity) {
        this.nodeIdLength = nodeIdLength;
        this.byDer = new LruCache<>(capacity);
    }

    /**
     * The parsed form of a DER certificate.
     *
     * @throws ReloadSecurityException MALFORMED_CERTIFICATE when the bytes are not one X.509
     *                                 certificate
     */
    Parsed parse(Opaque der) throws ReloadSecurityException {
        Parsed p = byDer.get(der);
        if (p == null) {
            Opaque own = Opaque.of(der.toByteArray());
            X509Certificate x509 = ReloadCertificate.x509(own);
            try {
                p = new Parsed(x509, own, ReloadCertificate.parse(x509, nodeIdLength), null);
            } catch (ReloadSecurityException e) {
                p = new Parsed(x509, own, null, e.getMessage());
            }
            byDer.put(own, p);
        }
        return p;
    }
}

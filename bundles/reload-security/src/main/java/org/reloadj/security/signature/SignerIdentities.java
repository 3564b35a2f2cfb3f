package org.reloadj.security.signature;

import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.internal.Digests;
import org.reloadj.wire.message.SignerIdentity;

/**
 * The two signer identity forms of RFC 6940, 6.3.4: {@code cert_hash}, the hash of the DER
 * certificate, for a certificate with one Node-ID; {@code cert_hash_node_id}, H(Node-ID ||
 * certificate) with the Node-ID as raw bytes, for a certificate with several, naming the one that
 * signed. ReloadJ makes both with SHA-256 and accepts sha1, sha224, sha256, sha384 and sha512.
 */
public final class SignerIdentities {
    private SignerIdentities() {
    }

    /**
     * The identity of {@code nodeId} signing with {@code certificate}.
     *
     * @throws IllegalArgumentException when the certificate does not hold the Node-ID
     */
    public static SignerIdentity of(ReloadCertificate certificate, NodeId nodeId) {
        if (!certificate.holds(nodeId)) {
            throw new IllegalArgumentException("the certificate does not hold " + nodeId);
        }
        int sha256 = HashAlgorithm.SHA256.code();
        if (certificate.nodeIds().size() == 1) {
            return new SignerIdentity.CertHash(sha256, certificate.hash(HashAlgorithm.SHA256));
        }
        return new SignerIdentity.CertHashNodeId(sha256, nodeHash(HashAlgorithm.SHA256, nodeId, certificate));
    }

    /**
     * The Node-ID that {@code identity} designates in {@code certificate}, or empty when the
     * identity names another certificate.
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM for an identity of type none or
     *                                 unknown, or a hash algorithm not accepted; NODE_ID_MISMATCH
     *                                 when the identity names the certificate in the form 6.3.4
     *                                 forbids for its number of Node-IDs
     */
    public static Optional<NodeId> signerNodeId(SignerIdentity identity, ReloadCertificate certificate)
            throws ReloadSecurityException {
        if (identity instanceof SignerIdentity.CertHash h) {
            if (!certificate.hash(hashAlgorithm(h.hashAlgorithm())).equals(h.hash())) {
                return Optional.empty();
            }
            return Optional.of(requireForm(certificate, certificate.nodeIds().get(0), true));
        }
        if (identity instanceof SignerIdentity.CertHashNodeId h) {
            HashAlgorithm algorithm = hashAlgorithm(h.hashAlgorithm());
            for (NodeId id : certificate.nodeIds()) {
                if (nodeHash(algorithm, id, certificate).equals(h.hash())) {
                    return Optional.of(requireForm(certificate, id, false));
                }
            }
            return Optional.empty();
        }
        throw new ReloadSecurityException(Reason.UNSUPPORTED_ALGORITHM, "signer identity of type " + identity.type()
                + ": only cert_hash and cert_hash_node_id identify a signer (6.3.4)");
    }

    /**
     * The hash algorithm of an identity, when accepted.
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM otherwise (md5, none, unknown codes)
     */
    static HashAlgorithm hashAlgorithm(int code) throws ReloadSecurityException {
        return HashAlgorithm.fromCode(code).filter(Digests::isSupported).orElseThrow(() -> new ReloadSecurityException(
                Reason.UNSUPPORTED_ALGORITHM, "signer identity hash algorithm " + code + " is not accepted"));
    }

    private static NodeId requireForm(ReloadCertificate certificate, NodeId id, boolean certHash)
            throws ReloadSecurityException {
        boolean single = certificate.nodeIds().size() == 1;
        if (single != certHash) {
            throw new ReloadSecurityException(Reason.NODE_ID_MISMATCH, "a certificate with " + certificate.nodeIds().size()
                    + " Node-ID(s) is named by " + (single ? "cert_hash" : "cert_hash_node_id") + " only (6.3.4)");
        }
        return id;
    }

    private static Opaque nodeHash(HashAlgorithm algorithm, NodeId nodeId, ReloadCertificate certificate) {
        return Digests.digest(algorithm, nodeId.bytes(), certificate.der());
    }
}

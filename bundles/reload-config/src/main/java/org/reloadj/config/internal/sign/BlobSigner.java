package org.reloadj.config.internal.sign;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.security.Credentials;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.crypto.SigningKey;
import org.reloadj.security.signature.SignerIdentities;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;

/**
 * Signs a byte blob into a SecurityBlock (RFC 6940, 6.3.4), as 11.1 asks for a configuration or
 * kind element: the certificates are the credentials' chain, the Signature is sha256 with the
 * key's algorithm, the signer identity that of the Node-ID, and the signed input is the blob
 * itself (11.1 signs "a binary blob"; unlike messages and stored data, 7.1, nothing is appended).
 * Uses reload-security's keys and identities; thread-safe.
 */
public final class BlobSigner {
    private final SigningKey key;
    private final SignerIdentity identity;
    private final List<GenericCertificate> certificates;

    /**
     * A signer as {@code nodeId} of {@code credentials}.
     *
     * @throws ReloadSecurityException NODE_ID_MISMATCH when the certificate does not hold the
     *                                 Node-ID, UNSUPPORTED_ALGORITHM for a key ReloadJ does not sign with
     */
    public BlobSigner(Credentials credentials, NodeId nodeId) throws ReloadSecurityException {
        if (!credentials.certificate().holds(nodeId)) {
            throw new ReloadSecurityException(ReloadSecurityException.Reason.NODE_ID_MISMATCH,
                    "the certificate does not hold " + nodeId + " but " + credentials.certificate().nodeIds());
        }
        this.key = SigningKey.of(credentials.privateKey());
        this.identity = SignerIdentities.of(credentials.certificate(), nodeId);
        this.certificates = encode(credentials.chain());
    }

    /** The SecurityBlock, encoded, that signs {@code blob}. */
    public Opaque sign(Opaque blob) {
        Signature signature = new Signature(key.algorithm().tlsHash().code(), key.algorithm().tlsSignature().code(),
                identity, key.sign(blob));
        SecurityBlock block = new SecurityBlock(certificates, signature);
        return WireWriter.encode(block::encode);
    }

    private static List<GenericCertificate> encode(List<X509Certificate> chain) throws ReloadSecurityException {
        List<GenericCertificate> out = new ArrayList<>(chain.size());
        for (X509Certificate c : chain) {
            try {
                out.add(GenericCertificate.x509(Opaque.of(c.getEncoded())));
            } catch (CertificateEncodingException e) {
                throw new ReloadSecurityException(ReloadSecurityException.Reason.MALFORMED_CERTIFICATE,
                        "cannot encode a certificate of the chain", e);
            }
        }
        return List.copyOf(out);
    }
}

package org.reloadj.security.signature;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.security.Credentials;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.crypto.SigningKey;
import org.reloadj.security.internal.Der;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;

/**
 * One Node-ID of a node's credentials, ready to sign (RFC 6940, 6.3.4): the private key converted
 * once, the signer identity of that Node-ID (cert_hash with SHA-256 when the certificate holds
 * one Node-ID, cert_hash_node_id when it holds several), and the certificates to send with its
 * signatures. {@link MessageSigner} and {@link StoredDataSigner} sign with it. Thread-safe.
 */
public final class NodeSigner {
    private final SigningKey key;
    private final NodeId nodeId;
    private final SignerIdentity identity;
    private final List<GenericCertificate> certificates;

    private NodeSigner(SigningKey key, NodeId nodeId, SignerIdentity identity, List<GenericCertificate> certificates) {
        this.key = key;
        this.nodeId = nodeId;
        this.identity = identity;
        this.certificates = certificates;
    }

    /**
     * A signer for the certificate's first Node-ID.
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM when the key is not one ReloadJ signs with
     */
    public static NodeSigner of(Credentials credentials) throws ReloadSecurityException {
        return of(credentials, credentials.certificate().nodeIds().get(0));
    }

    /**
     * A signer for {@code nodeId}.
     *
     * @throws ReloadSecurityException NODE_ID_MISMATCH when the certificate does not hold the
     *                                 Node-ID, UNSUPPORTED_ALGORITHM for a key ReloadJ does not sign with
     */
    public static NodeSigner of(Credentials credentials, NodeId nodeId) throws ReloadSecurityException {
        if (!credentials.certificate().holds(nodeId)) {
            throw new ReloadSecurityException(Reason.NODE_ID_MISMATCH,
                    "the credentials do not hold " + nodeId + " but " + credentials.certificate().nodeIds());
        }
        return new NodeSigner(SigningKey.of(credentials.privateKey()), nodeId,
                SignerIdentities.of(credentials.certificate(), nodeId), encode(credentials.chain()));
    }

    /** The Node-ID this signer signs as. */
    public NodeId nodeId() {
        return nodeId;
    }

    /** The signer identity of its signatures. */
    public SignerIdentity identity() {
        return identity;
    }

    /** The certificates that verify its signatures, node certificate first. */
    public List<GenericCertificate> certificates() {
        return certificates;
    }

    /** The chain followed by {@code more}, each certificate once. */
    List<GenericCertificate> certificatesWith(List<X509Certificate> more) throws ReloadSecurityException {
        Set<GenericCertificate> all = new LinkedHashSet<>(certificates);
        all.addAll(encode(more));
        return List.copyOf(all);
    }

    /** Signs the bytes {@code input} makes of this signer's identity, with sha256 and the key's algorithm. */
    Signature sign(Function<SignerIdentity, Opaque> input) {
        return new Signature(key.algorithm().tlsHash().code(), key.algorithm().tlsSignature().code(), identity,
                key.sign(input.apply(identity)));
    }

    private static List<GenericCertificate> encode(List<X509Certificate> certs) throws ReloadSecurityException {
        List<GenericCertificate> out = new ArrayList<>(certs.size());
        for (X509Certificate c : certs) {
            out.add(GenericCertificate.x509(Der.of(c)));
        }
        return List.copyOf(out);
    }
}

package org.reloadj.core.security;

import java.util.Objects;
import org.reloadj.api.NodeId;
import org.reloadj.core.node.MessageSecurity;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.security.signature.MessageSigner;
import org.reloadj.security.signature.MessageVerifier;
import org.reloadj.security.signature.NodeSigner;
import org.reloadj.security.signature.ResponsibilityCheck;
import org.reloadj.security.signature.SignatureVerifier;
import org.reloadj.security.signature.StoredDataSigner;
import org.reloadj.security.signature.StoredDataVerifier;

/**
 * One node's security in one overlay (RFC 6940, 6.3.4, 7.1, 11.3), made from its credentials and
 * the overlay's certificate validator: one {@link SignatureVerifier} (with its caches) shared by
 * message and stored-data verification, the node's signer for both, and the certificates of the
 * signers of the values the node keeps. Thread-safe.
 */
public final class OverlaySecurity {
    private final NodeSigner signer;
    private final SignatureVerifier signatures;
    private final SignerCertificates certificates = new SignerCertificates();
    private final SignedStoredData storedData;

    private OverlaySecurity(NodeSigner signer, SignatureVerifier signatures) {
        this.signer = signer;
        this.signatures = signatures;
        this.storedData = new SignedStoredData(new StoredDataSigner(signer), new StoredDataVerifier(signatures),
                certificates);
    }

    /**
     * The security of a node signing as the first Node-ID of {@code credentials}, trusting what
     * {@code validator} accepts and looking up certificates missing from messages in {@code source}.
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM when ReloadJ does not sign with the key
     */
    public static OverlaySecurity of(Credentials credentials, CertificateValidator validator,
            CertificateSource source) throws ReloadSecurityException {
        Objects.requireNonNull(credentials, "credentials");
        return new OverlaySecurity(NodeSigner.of(credentials), new SignatureVerifier(validator, source));
    }

    /** The Node-ID this node signs as. */
    public NodeId nodeId() {
        return signer.nodeId();
    }

    /**
     * The node's message security; responses to requests sent to a Resource-ID are judged by
     * {@code responsibility} (6.3.4), which the topology supplies.
     */
    public MessageSecurity messages(ResponsibilityCheck responsibility) {
        return new CertificateSecurity(new MessageSigner(signer), new MessageVerifier(signatures, responsibility));
    }

    /** Stored-data signing and verification. */
    public SignedStoredData storedData() {
        return storedData;
    }

    /** The certificates of the signers of stored values seen so far. */
    public SignerCertificates certificates() {
        return certificates;
    }
}

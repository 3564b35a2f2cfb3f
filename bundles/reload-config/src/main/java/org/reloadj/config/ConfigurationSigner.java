package org.reloadj.config;

import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.config.internal.sign.BlobSigner;
import org.reloadj.config.internal.sign.InPlaceSigning;
import org.reloadj.security.Credentials;
import org.reloadj.security.ReloadSecurityException;

/**
 * Signs configuration documents (RFC 6940, 11.1) with a node's credentials: each configuration
 * element, and optionally each kind element, gets the base64 of a SecurityBlock (6.3.4) whose
 * Signature covers the element's exact bytes. The document is signed in place: its bytes are
 * kept and the signature elements added (replacing those already there), so what was signed is
 * what a reader sees. The signer's Node-ID must be a {@code configuration-signer} (and a
 * {@code kind-signer} for kinds) for {@link ConfigurationValidator} to accept the signatures.
 * Thread-safe.
 */
public final class ConfigurationSigner {
    private final BlobSigner signer;
    private final NodeId nodeId;
    private final int maxDepth;

    /**
     * A signer as the first Node-ID of the credentials' certificate.
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM for a key ReloadJ does not sign with
     */
    public ConfigurationSigner(Credentials credentials) throws ReloadSecurityException {
        this(credentials, credentials.certificate().nodeIds().get(0));
    }

    /**
     * A signer as {@code nodeId}.
     *
     * @throws ReloadSecurityException NODE_ID_MISMATCH when the certificate does not hold the
     *                                 Node-ID, UNSUPPORTED_ALGORITHM for a key ReloadJ does not sign with
     */
    public ConfigurationSigner(Credentials credentials, NodeId nodeId) throws ReloadSecurityException {
        this.signer = new BlobSigner(credentials, nodeId);
        this.nodeId = nodeId;
        this.maxDepth = ConfigurationParser.DEFAULT_MAX_DEPTH;
    }

    /** The Node-ID the signatures name. */
    public NodeId nodeId() {
        return nodeId;
    }

    /** The signature of a blob: what a signature or kind-signature element carries. */
    public DocumentSignature sign(Opaque blob) {
        return DocumentSignature.of(signer.sign(blob));
    }

    /**
     * Signs every configuration element of {@code document}, and each kind element first when
     * {@code kinds}; returns the signed document.
     *
     * @throws ConfigurationException when the document cannot be read
     */
    public byte[] signDocument(byte[] document, boolean kinds) throws ConfigurationException {
        return InPlaceSigning.sign(document.clone(), signer, kinds, maxDepth);
    }

    /** Writes {@code document} and signs it, kinds included. */
    public byte[] writeSigned(OverlayConfigurations document) throws ConfigurationException {
        return signDocument(ConfigurationWriter.write(document), true);
    }
}

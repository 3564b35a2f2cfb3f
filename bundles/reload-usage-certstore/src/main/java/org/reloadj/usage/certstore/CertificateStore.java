package org.reloadj.usage.certstore;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import org.reloadj.api.NodeId;
import org.reloadj.security.ReloadCertificate;

/**
 * The Certificate Store of one overlay (RFC 6940, 8), as a node's application uses it: publishing
 * the node's certificate, finding other nodes' and users' certificates, and asking whether a user
 * name is taken (11.3.1). Failures complete the stages with the overlay's
 * {@link org.reloadj.api.ReloadException} (Error_Forbidden, Error_Request_Timeout, ...).
 *
 * <p>The certificates returned are node certificates of the Node-ID or user name asked for,
 * stored by that Node-ID or user, each once, newest (the last appended) first. They are not
 * validated: a caller that relies on one validates it with the overlay's
 * {@link org.reloadj.security.CertificateValidator} (signature verification does so itself).
 */
@ProviderType
public interface CertificateStore {
    /**
     * Stores {@code certificate}, this node's, at the end of the CERTIFICATE_BY_NODE array of this
     * node's Node-ID and of the CERTIFICATE_BY_USER array of its user name, where it is not
     * stored already, so that a renewed certificate coexists with the one before (8). Of a
     * certificate with several Node-IDs, only the one this node signs with is used: NODE-MATCH
     * (7.3.2) lets a signer write at the hash of that Node-ID alone.
     *
     * <p>The publish-on-join hook: the node's runtime calls it once the node has joined the
     * overlay (a peer after its Join, 6.4.2.1; a client once linked to its admitting peer, 4.2.1),
     * and again with each renewed certificate. Calling it again with the same certificate stores
     * nothing new.
     *
     * @return completes when both arrays hold the certificate; fails with IllegalArgumentException
     *         when the certificate does not hold this node's Node-ID or has expired
     */
    CompletionStage<Void> publish(ReloadCertificate certificate);

    /** The certificates stored under CERTIFICATE_BY_NODE for {@code nodeId}, newest first. */
    CompletionStage<List<ReloadCertificate>> findByNode(NodeId nodeId);

    /** The certificates stored under CERTIFICATE_BY_USER for {@code userName}, newest first. */
    CompletionStage<List<ReloadCertificate>> findByUser(String userName);

    /**
     * Whether another node holds {@code userName}: a certificate of that user name not holding this
     * node's Node-ID is stored (11.3.1: a node with a self-signed certificate "SHOULD look to see if
     * the user name is already taken and, if so, choose another user name"). This node's own
     * certificates do not count, so the answer stays false after it published.
     */
    CompletionStage<Boolean> isUserNameTaken(String userName);
}

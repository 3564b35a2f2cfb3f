package org.reloadj.core.storage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;

/**
 * Who signed something the storage checks (RFC 6940, 7.3): a stored value (7.1) or the StoreReq
 * carrying it. The access control policies look only at these parts of the signer's certificate.
 *
 * @param userName      the user name of the certificate (its rfc822Name subjectAltName), if any
 * @param nodeIds       the Node-IDs the certificate holds, at least one
 * @param signingNodeId the Node-ID the signer identity names: for {@code cert_hash} the
 *                      certificate's only Node-ID, for {@code cert_hash_node_id} the one hashed
 *                      (6.3.4); one of {@code nodeIds}
 */
public record Writer(Optional<String> userName, List<NodeId> nodeIds, NodeId signingNodeId) {
    /** Copies the list and checks that the signing Node-ID is one of the certificate's. */
    public Writer {
        Objects.requireNonNull(userName, "userName");
        nodeIds = List.copyOf(nodeIds);
        Objects.requireNonNull(signingNodeId, "signingNodeId");
        if (!nodeIds.contains(signingNodeId)) {
            throw new IllegalArgumentException("the signing Node-ID " + signingNodeId + " is not in the certificate");
        }
    }

    /** A signer whose certificate holds a user name and one Node-ID. */
    public static Writer of(String userName, NodeId nodeId) {
        return new Writer(Optional.of(userName), List.of(nodeId), nodeId);
    }

    /** A signer whose certificate holds one Node-ID and no user name. */
    public static Writer ofNode(NodeId nodeId) {
        return new Writer(Optional.empty(), List.of(nodeId), nodeId);
    }
}

package org.reloadj.core.node;

import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;

/**
 * Who signed a message, as its verification established (RFC 6940, 6.3.4): the Node-ID the signer
 * identity names and the user name of the signer's certificate.
 *
 * @param nodeId   the Node-ID the message was signed with
 * @param userName the certificate's user name (its rfc822Name), if it holds one
 */
public record VerifiedSender(NodeId nodeId, Optional<String> userName) {
    /** Checks the parts are present. */
    public VerifiedSender {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(userName, "userName");
    }

    /** A sender with a user name. */
    public static VerifiedSender of(NodeId nodeId, String userName) {
        return new VerifiedSender(nodeId, Optional.of(userName));
    }
}

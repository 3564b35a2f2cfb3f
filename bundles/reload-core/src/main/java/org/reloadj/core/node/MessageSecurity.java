package org.reloadj.core.node;

import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ReloadMessage;

/**
 * Message signatures as the node uses them (RFC 6940, 6.3.4): every message this node originates
 * (requests, responses, errors) is signed once, and every message whose destination is this node
 * is verified before it is processed. Intermediate peers never call it.
 *
 * <p>The signature covers {@code overlay || transaction_id || MessageContents || SignerIdentity},
 * not the via and destination lists, so the node may re-address a signed message (a remembered
 * response sent back along a retransmission's path) without signing it again.
 *
 * <p>The reload-security bundle provides the real implementation; called on the node's event loop.
 */
public interface MessageSecurity {
    /**
     * Signs {@code unsigned}: returns it with a security block holding this node's signature and
     * the certificates needed to check it. The certificates {@code unsigned}'s block already holds
     * (those verifying signatures inside the body, such as stored data, 6.3.4) stay in it.
     */
    ReloadMessage sign(ReloadMessage unsigned);

    /**
     * Verifies the signature and the signer's certificate of {@code message}.
     *
     * @return who signed it
     * @throws ReloadException when the signature or the certificate does not hold; the node then
     *                         drops the message without processing it
     */
    VerifiedSender verify(ReloadMessage message) throws ReloadException;

    /**
     * Checks that a verified answer came from a node that may answer a request sent to
     * {@code target}, a Node-ID or Resource-ID (6.3.4): a request sent to a Node-ID must be
     * answered by that node unless it was the wildcard; one sent to a Resource-ID by a node at least
     * as close to it as any neighbour, which only the topology can judge. This default checks the
     * first rule only. Error responses, which forwarding peers send too, are not checked.
     *
     * @throws ReloadException when the responder may not answer; the node ignores the answer
     */
    default void checkResponder(VerifiedSender responder, Destination target) throws ReloadException {
        if (target instanceof Destination.Node n && !n.nodeId().equals(responder.nodeId())
                && !isWildcard(n.nodeId())) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN,
                    responder.nodeId() + " answered a request sent to " + n.nodeId());
        }
    }

    private static boolean isWildcard(NodeId id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.bytes().byteAt(i) != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }
}

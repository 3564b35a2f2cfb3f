package org.reloadj.core.node;

import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.ReloadMessage;

/**
 * A verified request delivered to this node (RFC 6940, 6.1.1).
 *
 * @param message     the request as received (its via list says the path it took)
 * @param sender      who signed it
 * @param previousHop the neighbour it arrived from; empty when this node sent it to itself
 */
public record IncomingRequest(ReloadMessage message, VerifiedSender sender, Optional<NodeId> previousHop) {
    /** Checks the parts are present. */
    public IncomingRequest {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(previousHop, "previousHop");
    }

    /** The message code. */
    public int messageCode() {
        return message.contents().messageCode();
    }

    /** The message body's bytes. */
    public Opaque body() {
        return message.contents().body();
    }

    /**
     * The body decoded as the structure of its message code.
     *
     * @throws ReloadException Error_Invalid_Message (or Error_Unknown_Kind) when it does not parse
     */
    public MessageBody decodeBody(WireContext context) throws ReloadException {
        return BodyCodec.decode(message.contents(), context);
    }

    /**
     * Whether the request came straight from {@code node} over a link bound to it: an empty via
     * list and that node as the previous hop (6.4.2.2 requires this of a Leave).
     */
    public boolean cameDirectlyFrom(NodeId node) {
        return message.header().viaList().isEmpty() && previousHop.filter(node::equals).isPresent();
    }
}

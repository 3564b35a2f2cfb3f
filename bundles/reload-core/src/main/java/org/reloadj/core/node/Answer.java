package org.reloadj.core.node;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.ReloadMessage;

/**
 * The successful answer to a request this node originated (RFC 6940, 6.3.3.1): its message code
 * is the request's plus one. Error responses fail the request's stage instead.
 *
 * @param message   the answer as received
 * @param responder who signed it (for a request sent to a Node-ID, that node, 6.3.4)
 */
public record Answer(ReloadMessage message, VerifiedSender responder) {
    /** Checks the parts are present. */
    public Answer {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(responder, "responder");
    }

    /** The answer's body bytes. */
    public Opaque body() {
        return message.contents().body();
    }

    /**
     * The body decoded as the structure of its message code.
     *
     * @throws ReloadException Error_Invalid_Message when it does not parse
     */
    public MessageBody decodeBody(WireContext context) throws ReloadException {
        return BodyCodec.decode(message.contents(), context);
    }
}

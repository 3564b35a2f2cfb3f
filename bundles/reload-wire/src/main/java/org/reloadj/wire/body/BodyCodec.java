package org.reloadj.wire.body;

import java.util.Optional;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.MessageContents;

/**
 * Reads a message_body as the structure its message code names (RFC 6940, 6.3.3: "a
 * message_code value of join_req means that the structure named JoinReq is inserted inside
 * message_body"), and writes one back.
 *
 * <p>The whole body must be used by the structure: bytes left over are Error_Invalid_Message.
 * Codes without a structure (the experimental exp_a/exp_b, unassigned and reserved codes) come
 * back as an {@link OpaqueBody}.
 */
public final class BodyCodec {
    private BodyCodec() {
    }

    /** Decodes the body of {@code contents}. */
    public static MessageBody decode(MessageContents contents, WireContext ctx) throws WireException {
        return decode(contents.messageCode(), contents.body(), ctx);
    }

    /** Decodes {@code body} as the structure of message code {@code code}. */
    public static MessageBody decode(int code, Opaque body, WireContext ctx) throws WireException {
        WireReader r = WireReader.of(body);
        MessageBody decoded = decode(code, r, ctx);
        r.assertFinished(String.format("message body of code 0x%x", code));
        return decoded;
    }

    private static MessageBody decode(int code, WireReader r, WireContext ctx) throws WireException {
        Optional<MessageCode> known = MessageCode.fromCode(code);
        if (known.isEmpty()) {
            return OpaqueBody.decode(code, r);
        }
        MessageCode mc = known.get();
        switch (mc) {
            case STORE_REQ:
            case STORE_ANS:
            case FETCH_REQ:
            case FETCH_ANS:
            case STAT_REQ:
            case STAT_ANS:
            case FIND_REQ:
            case FIND_ANS:
                return StorageBodies.decode(mc, r, ctx);
            case EXP_A_REQ:
            case EXP_A_ANS:
            case EXP_B_REQ:
            case EXP_B_ANS:
                return OpaqueBody.decode(code, r);
            default:
                return OverlayBodies.decode(mc, r, ctx);
        }
    }

    /** The bytes of {@code body}. */
    public static Opaque encode(MessageBody body) {
        return WireWriter.encode(body::encode);
    }

    /** Message contents carrying {@code body}, without extensions. */
    public static MessageContents contents(MessageBody body) {
        return new MessageContents(body.messageCode(), encode(body));
    }
}

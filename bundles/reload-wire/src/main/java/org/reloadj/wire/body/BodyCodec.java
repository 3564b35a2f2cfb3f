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
        return known.isEmpty() ? OpaqueBody.decode(code, r) : decode(known.get(), r, ctx);
    }

    /** Reads the whole body of a registered message code; the caller checks the reader is finished. */
    static MessageBody decode(MessageCode code, WireReader r, WireContext ctx) throws WireException {
        return switch (code) {
            case PROBE_REQ -> ProbeReq.decode(r, ctx);
            case PROBE_ANS -> ProbeAns.decode(r, ctx);
            case ATTACH_REQ -> AttachReq.decode(r, ctx);
            case ATTACH_ANS -> AttachAns.decode(r, ctx);
            case STORE_REQ -> StoreReq.decode(r, ctx);
            case STORE_ANS -> StoreAns.decode(r, ctx);
            case FETCH_REQ -> FetchReq.decode(r, ctx);
            case FETCH_ANS -> FetchAns.decode(r, ctx);
            case FIND_REQ -> FindReq.decode(r, ctx);
            case FIND_ANS -> FindAns.decode(r, ctx);
            case JOIN_REQ -> JoinReq.decode(r, ctx);
            case JOIN_ANS -> JoinAns.decode(r, ctx);
            case LEAVE_REQ -> LeaveReq.decode(r, ctx);
            case LEAVE_ANS -> LeaveAns.decode(r, ctx);
            case UPDATE_REQ -> UpdateReq.decode(r, ctx);
            case UPDATE_ANS -> UpdateAns.decode(r, ctx);
            case ROUTE_QUERY_REQ -> RouteQueryReq.decode(r, ctx);
            case ROUTE_QUERY_ANS -> RouteQueryAns.decode(r, ctx);
            case PING_REQ -> PingReq.decode(r, ctx);
            case PING_ANS -> PingAns.decode(r, ctx);
            case STAT_REQ -> StatReq.decode(r, ctx);
            case STAT_ANS -> StatAns.decode(r, ctx);
            case APP_ATTACH_REQ -> AppAttachReq.decode(r, ctx);
            case APP_ATTACH_ANS -> AppAttachAns.decode(r, ctx);
            case CONFIG_UPDATE_REQ -> ConfigUpdateReq.decode(r, ctx);
            case CONFIG_UPDATE_ANS -> ConfigUpdateAns.decode(r, ctx);
            case EXP_A_REQ, EXP_A_ANS, EXP_B_REQ, EXP_B_ANS -> OpaqueBody.decode(code.code(), r);
            case ERROR -> ErrorResponse.decode(r, ctx);
        };
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

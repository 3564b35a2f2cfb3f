package org.reloadj.wire.body;

import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;

/**
 * Reads the bodies of the overlay-management and link-management messages (RFC 6940, 6.4.2 and
 * 6.5), of error responses (6.3.3.1) and of the experimental codes (14.8).
 */
public final class OverlayBodies {
    private OverlayBodies() {
    }

    /**
     * Reads the whole body of a message with code {@code code}; the caller then checks the reader
     * is finished.
     *
     * @throws IllegalArgumentException for the storage codes (7.4), which this class does not read
     */
    public static MessageBody decode(MessageCode code, WireReader r, WireContext ctx) throws WireException {
        return switch (code) {
            case PROBE_REQ -> ProbeReq.decode(r, ctx);
            case PROBE_ANS -> ProbeAns.decode(r, ctx);
            case ATTACH_REQ -> AttachReq.decode(r, ctx);
            case ATTACH_ANS -> AttachAns.decode(r, ctx);
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
            case APP_ATTACH_REQ -> AppAttachReq.decode(r, ctx);
            case APP_ATTACH_ANS -> AppAttachAns.decode(r, ctx);
            case CONFIG_UPDATE_REQ -> ConfigUpdateReq.decode(r, ctx);
            case CONFIG_UPDATE_ANS -> ConfigUpdateAns.decode(r, ctx);
            case EXP_A_REQ, EXP_A_ANS, EXP_B_REQ, EXP_B_ANS -> OpaqueBody.decode(code.code(), r);
            case ERROR -> ErrorResponse.decode(r, ctx);
            default -> throw new IllegalArgumentException(code + " is not an overlay-management code");
        };
    }
}

package org.reloadj.api.registry;

import java.util.Optional;

/**
 * RELOAD message codes (RFC 6940, 6.3.3 and the registry of 14.8). Requests are odd, the answer
 * to a request is the request's code plus one, and 0xffff is an error response.
 */
public enum MessageCode implements Coded {
    /** {@code probe_req} (0x1). */
    PROBE_REQ(0x1, "probe_req"),
    /** {@code probe_ans} (0x2). */
    PROBE_ANS(0x2, "probe_ans"),
    /** {@code attach_req} (0x3). */
    ATTACH_REQ(0x3, "attach_req"),
    /** {@code attach_ans} (0x4). */
    ATTACH_ANS(0x4, "attach_ans"),
    /** {@code store_req} (0x7). */
    STORE_REQ(0x7, "store_req"),
    /** {@code store_ans} (0x8). */
    STORE_ANS(0x8, "store_ans"),
    /** {@code fetch_req} (0x9). */
    FETCH_REQ(0x9, "fetch_req"),
    /** {@code fetch_ans} (0xa). */
    FETCH_ANS(0xa, "fetch_ans"),
    /** {@code find_req} (0xd). */
    FIND_REQ(0xd, "find_req"),
    /** {@code find_ans} (0xe). */
    FIND_ANS(0xe, "find_ans"),
    /** {@code join_req} (0xf). */
    JOIN_REQ(0xf, "join_req"),
    /** {@code join_ans} (0x10). */
    JOIN_ANS(0x10, "join_ans"),
    /** {@code leave_req} (0x11). */
    LEAVE_REQ(0x11, "leave_req"),
    /** {@code leave_ans} (0x12). */
    LEAVE_ANS(0x12, "leave_ans"),
    /** {@code update_req} (0x13). */
    UPDATE_REQ(0x13, "update_req"),
    /** {@code update_ans} (0x14). */
    UPDATE_ANS(0x14, "update_ans"),
    /** {@code route_query_req} (0x15). */
    ROUTE_QUERY_REQ(0x15, "route_query_req"),
    /** {@code route_query_ans} (0x16). */
    ROUTE_QUERY_ANS(0x16, "route_query_ans"),
    /** {@code ping_req} (0x17). */
    PING_REQ(0x17, "ping_req"),
    /** {@code ping_ans} (0x18). */
    PING_ANS(0x18, "ping_ans"),
    /** {@code stat_req} (0x19). */
    STAT_REQ(0x19, "stat_req"),
    /** {@code stat_ans} (0x1a). */
    STAT_ANS(0x1a, "stat_ans"),
    /** {@code app_attach_req} (0x1d). */
    APP_ATTACH_REQ(0x1d, "app_attach_req"),
    /** {@code app_attach_ans} (0x1e). */
    APP_ATTACH_ANS(0x1e, "app_attach_ans"),
    /** {@code config_update_req} (0x21). */
    CONFIG_UPDATE_REQ(0x21, "config_update_req"),
    /** {@code config_update_ans} (0x22). */
    CONFIG_UPDATE_ANS(0x22, "config_update_ans"),
    /** {@code exp_a_req} (0x23). */
    EXP_A_REQ(0x23, "exp_a_req"),
    /** {@code exp_a_ans} (0x24). */
    EXP_A_ANS(0x24, "exp_a_ans"),
    /** {@code exp_b_req} (0x25). */
    EXP_B_REQ(0x25, "exp_b_req"),
    /** {@code exp_b_ans} (0x26). */
    EXP_B_ANS(0x26, "exp_b_ans"),
    /** {@code error} (0xffff): the body is an ErrorResponse. */
    ERROR(0xffff, "error");

    private static final CodeTable<MessageCode> TABLE = CodeTable.of(MessageCode.class);
    private final int code;
    private final String rfcName;

    MessageCode(int code, String rfcName) { this.code = code; this.rfcName = rfcName; }

    @Override public int code() { return code; }

    /** The name the RFC gives this value. */
    public String rfcName() { return rfcName; }

    /** The value with this wire code, if registered. */
    public static Optional<MessageCode> fromCode(int code) { return TABLE.find(code); }

    /** Whether this code is a request (odd, below 0x8000). */
    public boolean isRequest() {
        return isRequestCode(code);
    }

    /** Whether a wire code is a request code: odd and in 0x1..0x7fff (6.3.3). */
    public static boolean isRequestCode(int code) {
        return code > 0 && code < 0x8000 && (code & 1) == 1;
    }

    /**
     * The answer to this request.
     *
     * @throws IllegalStateException when this is not a request
     */
    public MessageCode answer() {
        if (!isRequest()) {
            throw new IllegalStateException(this + " is not a request");
        }
        return fromCode(code + 1).orElseThrow();
    }
}

package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;

class BodyCodecOverlayTest {
    static final String ID = "00112233445566778899aabbccddeeff";

    /** A valid body for every overlay-management code, and the class it reads it as. */
    static final Map<MessageCode, Object[]> BODIES = Map.ofEntries(
            Map.entry(MessageCode.PROBE_REQ, new Object[] {"00", ProbeReq.class}),
            Map.entry(MessageCode.PROBE_ANS, new Object[] {"0000", ProbeAns.class}),
            Map.entry(MessageCode.ATTACH_REQ, new Object[] {"000000000000", AttachReq.class}),
            Map.entry(MessageCode.ATTACH_ANS, new Object[] {"000000000001", AttachAns.class}),
            Map.entry(MessageCode.JOIN_REQ, new Object[] {ID + "0000", JoinReq.class}),
            Map.entry(MessageCode.JOIN_ANS, new Object[] {"0000", JoinAns.class}),
            Map.entry(MessageCode.LEAVE_REQ, new Object[] {ID + "0000", LeaveReq.class}),
            Map.entry(MessageCode.LEAVE_ANS, new Object[] {"", LeaveAns.class}),
            Map.entry(MessageCode.UPDATE_REQ, new Object[] {"0000000001", UpdateReq.class}),
            Map.entry(MessageCode.UPDATE_ANS, new Object[] {"", UpdateAns.class}),
            Map.entry(MessageCode.ROUTE_QUERY_REQ, new Object[] {"000110" + ID + "0000", RouteQueryReq.class}),
            Map.entry(MessageCode.ROUTE_QUERY_ANS, new Object[] {ID, RouteQueryAns.class}),
            Map.entry(MessageCode.PING_REQ, new Object[] {"0000", PingReq.class}),
            Map.entry(MessageCode.PING_ANS, new Object[] {"00".repeat(16), PingAns.class}),
            Map.entry(MessageCode.APP_ATTACH_REQ, new Object[] {"000013c4000000", AppAttachReq.class}),
            Map.entry(MessageCode.APP_ATTACH_ANS, new Object[] {"000013c4000000", AppAttachAns.class}),
            Map.entry(MessageCode.CONFIG_UPDATE_REQ, new Object[] {"0100000003000000", ConfigUpdateReq.class}),
            Map.entry(MessageCode.CONFIG_UPDATE_ANS, new Object[] {"", ConfigUpdateAns.class}),
            Map.entry(MessageCode.EXP_A_REQ, new Object[] {"abcd", OpaqueBody.class}),
            Map.entry(MessageCode.EXP_A_ANS, new Object[] {"", OpaqueBody.class}),
            Map.entry(MessageCode.EXP_B_REQ, new Object[] {"01", OpaqueBody.class}),
            Map.entry(MessageCode.EXP_B_ANS, new Object[] {"0203", OpaqueBody.class}),
            Map.entry(MessageCode.ERROR, new Object[] {"00140000", ErrorResponse.class}));

    @Test
    void every_overlay_code_is_read_as_its_structure_with_its_own_code() throws WireException {
        for (Map.Entry<MessageCode, Object[]> e : BODIES.entrySet()) {
            String hex = (String) e.getValue()[0];
            WireReader r = Wire.reader(hex);
            MessageBody body = BodyCodec.decode(e.getKey(), r, OverlayWire.CTX);
            r.assertFinished("body");
            assertThat(body).as(e.getKey().rfcName()).isInstanceOf((Class<?>) e.getValue()[1]);
            assertThat(body.messageCode()).as(e.getKey().rfcName()).isEqualTo(e.getKey().code());
            assertThat(OverlayWire.hex(body)).as(e.getKey().rfcName()).isEqualTo(hex);
        }
    }

    @Test
    void every_code_but_the_storage_codes_is_read() {
        for (MessageCode code : MessageCode.values()) {
            assertThat(BODIES.containsKey(code) || isStorage(code)).as(code.rfcName()).isTrue();
        }
    }

    @Test
    void an_unassigned_code_is_read_as_an_opaque_body() throws Exception {
        MessageBody body = BodyCodec.decode(0x1b, Wire.opaque("cafe"), OverlayWire.CTX);
        assertThat(body).isEqualTo(new OpaqueBody(0x1b, Wire.opaque("cafe")));
    }

    @Test
    void a_malformed_body_fails_through_the_dispatch_with_a_wire_exception() {
        OverlayWire.assertInvalid("02", (r, ctx) -> BodyCodec.decode(MessageCode.PROBE_REQ, r, ctx));
    }

    @Test
    void an_opaque_body_keeps_its_code_and_bytes() {
        OpaqueBody body = OpaqueBody.decode(0x7001, Wire.reader("c0ffee"));
        assertThat(body.messageCode()).isEqualTo(0x7001);
        assertThat(OverlayWire.hex(body)).isEqualTo("c0ffee");
        assertThatThrownBy(() -> new OpaqueBody(0, body.bytes())).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean isStorage(MessageCode code) {
        String name = code.rfcName();
        return name.startsWith("store") || name.startsWith("fetch") || name.startsWith("stat")
                || name.startsWith("find");
    }
}

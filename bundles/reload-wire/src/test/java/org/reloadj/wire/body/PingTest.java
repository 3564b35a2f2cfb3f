package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.hex;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import org.junit.jupiter.api.Test;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireException;

class PingTest {

    @Test
    void a_ping_request_is_its_padding_behind_a_16_bit_length() throws WireException {
        String golden = "0003 000000"; // padding<0..2^16-1>: three zero bytes
        PingReq req = new PingReq(Opaque.of(new byte[3]));
        assertThat(hex(req)).isEqualTo("0003000000");
        assertThat(roundTrip(golden, PingReq::decode)).isEqualTo(req);
        assertThat(hex(PingReq.empty())).isEqualTo("0000");
        assertThat(req.messageCode()).isEqualTo(MessageCode.PING_REQ.code());
    }

    @Test
    void a_ping_request_whose_padding_runs_past_the_body_is_rejected() {
        assertInvalid("0004 000000", PingReq::decode);
    }

    @Test
    void a_ping_request_without_its_length_is_rejected() {
        assertInvalid("00", PingReq::decode);
    }

    @Test
    void a_ping_answer_is_two_uint64s() throws WireException {
        String golden = ""
                + "0102030405060708"    // response_id
                + "000001434b198400";   // time: 2014-01-01T00:00:00Z in milliseconds (1388534400000)
        PingAns ans = new PingAns(0x0102030405060708L, 1_388_534_400_000L);
        assertThat(hex(ans)).isEqualTo(golden);
        assertThat(roundTrip(golden, PingAns::decode)).isEqualTo(ans);
        assertThat(ans.messageCode()).isEqualTo(MessageCode.PING_ANS.code());
    }

    @Test
    void a_ping_answer_keeps_all_64_bits() throws WireException {
        PingAns ans = roundTrip("ffffffffffffffff 8000000000000000", PingAns::decode);
        assertThat(ans.responseId()).isEqualTo(-1L);
        assertThat(Long.toUnsignedString(ans.time())).isEqualTo("9223372036854775808");
    }

    @Test
    void a_truncated_ping_answer_is_rejected() {
        assertInvalid("0102030405060708 00000143 4b1984", PingAns::decode);
    }
}

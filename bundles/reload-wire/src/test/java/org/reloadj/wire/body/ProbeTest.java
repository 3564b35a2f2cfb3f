package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.hex;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.registry.ProbeInformationType;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireException;

class ProbeTest {

    @Test
    void a_request_for_responsible_set_and_uptime_is_a_one_byte_vector_of_type_codes() throws WireException {
        String golden = ""
                + "02"      // requested_info<0..2^8-1>: 2 bytes
                + "01"      // responsible_set(1)
                + "03";     // uptime(3)
        ProbeReq req = ProbeReq.of(ProbeInformationType.RESPONSIBLE_SET, ProbeInformationType.UPTIME);
        assertThat(hex(req)).isEqualTo(golden);
        assertThat(roundTrip(golden, ProbeReq::decode)).isEqualTo(req);
        assertThat(req.messageCode()).isEqualTo(MessageCode.PROBE_REQ.code());
    }

    @Test
    void an_empty_request_and_unknown_types_round_trip() throws WireException {
        assertThat(roundTrip("00", ProbeReq::decode).requestedInfo()).isEmpty();
        assertThat(roundTrip("03 04 09 ff", ProbeReq::decode).requestedInfo()).containsExactly(4, 9, 255);
    }

    @Test
    void a_request_for_the_invalid_type_0_is_rejected() {
        assertInvalid("02 01 00", ProbeReq::decode);
    }

    @Test
    void a_request_shorter_than_its_length_is_rejected() {
        assertInvalid("03 01 02", ProbeReq::decode);
    }

    @Test
    void an_answer_carries_each_value_as_type_length_and_uint32() throws WireException {
        String golden = ""
                + "000c"            // probe_info<0..2^16-1>: 12 bytes
                + "03 04 00000e10"  // uptime(3), length 4, 3600 seconds
                + "02 04 00000005"; // num_resources(2), length 4, 5 resources
        ProbeAns ans = new ProbeAns(List.of(ProbeInformation.of(ProbeInformationType.UPTIME, 3600),
                ProbeInformation.of(ProbeInformationType.NUM_RESOURCES, 5)));
        assertThat(hex(ans)).isEqualTo(OverlayWire.normalized(golden));
        ProbeAns decoded = roundTrip(golden, ProbeAns::decode);
        assertThat(decoded).isEqualTo(ans);
        assertThat(decoded.probeInfo().get(0).uint32()).isEqualTo(3600);
        assertThat(decoded.probeInfo().get(1).knownType()).contains(ProbeInformationType.NUM_RESOURCES);
    }

    @Test
    void the_largest_uint32_survives_the_round_trip() throws WireException {
        ProbeAns ans = roundTrip("0006 01 04 ffffffff", ProbeAns::decode);
        assertThat(ans.probeInfo().get(0).uint32()).isEqualTo(0xFFFF_FFFFL);
    }

    @Test
    void an_answer_carries_an_unknown_type_through_with_any_length() throws WireException {
        ProbeAns ans = roundTrip("0009 04 02 abcd 7f 03 010203", ProbeAns::decode);
        ProbeInformation exp = ans.probeInfo().get(0);
        assertThat(exp.hasUint32()).isFalse();
        assertThat(exp.value()).isEqualTo(Wire.opaque("abcd"));
        assertThat(ans.probeInfo().get(1).knownType()).isEmpty();
        assertThatThrownBy(exp::uint32).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_answer_whose_uint32_type_has_another_length_is_rejected() {
        assertInvalid("0004 03 02 0e10", ProbeAns::decode);
        assertInvalid("0007 01 05 0000000001", ProbeAns::decode);
    }

    @Test
    void an_answer_with_the_invalid_type_0_is_rejected() {
        assertInvalid("0006 00 04 00000001", ProbeAns::decode);
    }

    @Test
    void an_answer_whose_value_runs_past_its_vector_is_rejected() {
        assertInvalid("0005 03 04 00000e10", ProbeAns::decode);
    }

    @Test
    void an_answer_whose_vector_runs_past_the_body_is_rejected() {
        assertInvalid("0010 03 04 00000e10", ProbeAns::decode);
    }

    @Test
    void constructors_refuse_values_the_wire_cannot_carry() {
        assertThatThrownBy(() -> new ProbeInformation(3, Wire.opaque("000001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProbeInformation(0, Wire.opaque("")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProbeInformation.of(ProbeInformationType.EXP_PROBE, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProbeReq(List.of(256))).isInstanceOf(IllegalArgumentException.class);
    }
}

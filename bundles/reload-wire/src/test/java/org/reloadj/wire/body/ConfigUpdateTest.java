package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.hex;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.ConfigUpdateType;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireException;

class ConfigUpdateTest {

    @Test
    void a_config_update_has_type_length_of_the_remainder_and_config_data() throws WireException {
        String golden = ""
                + "01"          // type: config(1)
                + "00000006"    // length of the remainder: 3 + 3 bytes
                + "000003"      // config_data<0..2^24-1>: 3 bytes
                + "3c613e";     // "<a>"
        ConfigUpdateReq req = ConfigUpdateReq.config(Opaque.utf8("<a>"));
        assertThat(hex(req)).isEqualTo(golden);
        assertThat(roundTrip(golden, ConfigUpdateReq::decode)).isEqualTo(req);
        assertThat(req.knownType()).contains(ConfigUpdateType.CONFIG);
        assertThat(req.messageCode()).isEqualTo(MessageCode.CONFIG_UPDATE_REQ.code());
    }

    @Test
    void a_kind_update_is_a_24_bit_vector_of_16_bit_kind_descriptions() throws WireException {
        String golden = ""
                + "02"          // type: kind(2)
                + "0000000c"    // length of the remainder: 3 + 9 bytes
                + "000009"      // kinds<0..2^24-1>: 9 bytes
                + "0002 6b31"   // KindDescription "k1"
                + "0003 6b3232"; // KindDescription "k22"
        ConfigUpdateReq req = ConfigUpdateReq.kinds(List.of(Opaque.utf8("k1"), Opaque.utf8("k22")));
        assertThat(hex(req)).isEqualTo(OverlayWire.normalized(golden));
        assertThat(roundTrip(golden, ConfigUpdateReq::decode)).isEqualTo(req);
    }

    @Test
    void empty_contents_round_trip() throws WireException {
        assertThat(roundTrip("01 00000003 000000", ConfigUpdateReq::decode).data().isEmpty()).isTrue();
        assertThat(roundTrip("02 00000003 000000", ConfigUpdateReq::decode).kinds()).isEmpty();
    }

    @Test
    void an_unknown_type_is_carried_through_as_bytes() throws WireException {
        ConfigUpdateReq req = roundTrip("07 00000002 abcd", ConfigUpdateReq::decode);
        assertThat(req.type()).isEqualTo(7);
        assertThat(req.knownType()).isEmpty();
        assertThat(req.data()).isEqualTo(Wire.opaque("abcd"));
        assertThat(roundTrip("ff 00000000", ConfigUpdateReq::decode).data().isEmpty()).isTrue();
    }

    @Test
    void the_invalid_type_0_is_rejected() {
        assertInvalid("00 00000002 abcd", ConfigUpdateReq::decode);
    }

    @Test
    void a_length_beyond_the_bytes_that_follow_is_rejected() {
        assertInvalid("01 00000007 000003 3c613e", ConfigUpdateReq::decode);
        assertInvalid("07 ffffffff abcd", ConfigUpdateReq::decode);
    }

    @Test
    void a_length_short_of_the_bytes_that_follow_is_rejected() {
        assertInvalid("01 00000005 000003 3c613e", ConfigUpdateReq::decode);
        assertInvalid("07 00000001 abcd", ConfigUpdateReq::decode);
    }

    @Test
    void config_data_shorter_than_the_remainder_is_rejected() {
        assertInvalid("01 00000006 000002 3c613e", ConfigUpdateReq::decode);
    }

    @Test
    void a_kind_description_running_past_the_kinds_vector_is_rejected() {
        assertInvalid("02 00000008 000004 0003 6b32 32", ConfigUpdateReq::decode);
    }

    @Test
    void a_truncated_length_is_rejected() {
        assertInvalid("01 0000", ConfigUpdateReq::decode);
    }

    @Test
    void the_fields_must_match_the_type() {
        assertThatThrownBy(() -> new ConfigUpdateReq(2, Opaque.utf8("x"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfigUpdateReq(1, Opaque.EMPTY, List.of(Opaque.utf8("k"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfigUpdateReq(0, Opaque.EMPTY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_answer_is_an_empty_struct() throws WireException {
        ConfigUpdateAns ans = roundTrip("", ConfigUpdateAns::decode);
        assertThat(hex(ans)).isEmpty();
        assertThat(ans.messageCode()).isEqualTo(MessageCode.CONFIG_UPDATE_ANS.code());
    }

    @Test
    void an_answer_with_any_byte_is_rejected() {
        assertInvalid("00", ConfigUpdateAns::decode);
    }
}

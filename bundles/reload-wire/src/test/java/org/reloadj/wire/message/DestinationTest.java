package org.reloadj.wire.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;

class DestinationTest {
    private static final WireContext CTX = WireContext.defaults();
    private static final String NODE = "000102030405060708090a0b0c0d0e0f";

    private static Destination decode(String hex) throws WireException {
        var r = Wire.reader(hex);
        Destination d = Destination.decode(r, CTX);
        r.assertFinished("test");
        return d;
    }

    @Test
    void a_node_destination_is_type_1_length_16_then_the_node_id() throws WireException {
        Destination d = Destination.node(NodeId.fromHex(NODE));
        assertThat(Wire.encodeHex(d::encode)).isEqualTo("0110" + NODE);
        assertThat(decode("0110" + NODE)).isEqualTo(d);
    }

    @Test
    void a_resource_destination_carries_its_own_length_byte_inside_the_tlv() throws WireException {
        Destination d = Destination.resource(ResourceId.fromHex("464f4f"));
        assertThat(Wire.encodeHex(d::encode)).isEqualTo("0204" + "03464f4f");
        assertThat(decode("020403464f4f")).isEqualTo(d);
    }

    @Test
    void an_opaque_id_in_tlv_form_round_trips() throws WireException {
        assertThat(Wire.encodeHex(decode("030302abcd")::encode)).isEqualTo("030302abcd");
    }

    @Test
    void a_first_bit_of_one_means_the_16_bit_compressed_form() throws WireException {
        Destination d = decode("8123");
        assertThat(d).isEqualTo(new Destination.Compressed(0x8123));
        assertThat(Wire.encodeHex(d::encode)).isEqualTo("8123");
    }

    @Test
    void an_unknown_destination_type_is_carried_through() throws WireException {
        Destination d = decode("0702beef");
        assertThat(d).isInstanceOf(Destination.Unknown.class);
        assertThat(Wire.encodeHex(d::encode)).isEqualTo("0702beef");
    }

    @Test
    void rejects_the_invalid_destination_type() {
        assertInvalid("0000");
    }

    @Test
    void rejects_a_node_id_of_the_wrong_length_for_the_overlay() {
        assertInvalid("0114" + NODE + "00000000");
    }

    @Test
    void rejects_a_resource_id_whose_inner_length_disagrees_with_the_tlv_length() {
        assertInvalid("020503464f4f");
        assertInvalid("020404464f4f");
    }

    @Test
    void rejects_a_truncated_compressed_destination() {
        assertInvalid("81");
    }

    private static void assertInvalid(String hex) {
        assertThatThrownBy(() -> decode(hex)).isInstanceOfSatisfying(WireException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE));
    }
}

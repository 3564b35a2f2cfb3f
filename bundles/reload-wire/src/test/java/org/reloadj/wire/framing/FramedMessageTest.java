package org.reloadj.wire.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireException;

class FramedMessageTest {

    @Test
    void a_data_frame_is_type_128_sequence_then_a_24_bit_length() throws WireException {
        FramedMessage f = new FramedMessage.Data(7, Wire.opaque("d2454c4f"));
        assertThat(Wire.encodeHex(f::encode)).isEqualTo("80" + "00000007" + "000004" + "d2454c4f");
        assertThat(FramedMessage.decode(Wire.reader("8000000007000004d2454c4f"))).isEqualTo(f);
    }

    @Test
    void an_ack_frame_is_type_129_sequence_and_received_mask() throws WireException {
        FramedMessage f = new FramedMessage.Ack(0xFFFFFFFFL, 0x80000001);
        assertThat(Wire.encodeHex(f::encode)).isEqualTo("81ffffffff80000001");
        assertThat(FramedMessage.decode(Wire.reader("81ffffffff80000001"))).isEqualTo(f);
    }

    @Test
    void tells_the_frame_length_from_the_first_bytes() throws WireException {
        byte[] b = Wire.bytes("8000000007000004d2454c4f");
        assertThat(FramedMessage.frameLength(b, 0, 5)).isEqualTo(-1);
        assertThat(FramedMessage.frameLength(b, 0, b.length)).isEqualTo(12);
        assertThat(FramedMessage.frameLength(Wire.bytes("81"), 0, 1)).isEqualTo(9);
    }

    @Test
    void rejects_an_unknown_frame_type() {
        assertThatThrownBy(() -> FramedMessage.decode(Wire.reader("7f00000000"))).isInstanceOf(WireException.class);
        assertThatThrownBy(() -> FramedMessage.frameLength(Wire.bytes("7f"), 0, 1)).isInstanceOf(WireException.class);
    }

    @Test
    void rejects_a_data_frame_shorter_than_its_length() {
        assertThatThrownBy(() -> FramedMessage.decode(Wire.reader("8000000007000005d2454c4f")))
                .isInstanceOf(WireException.class);
    }

    @Test
    void rejects_a_truncated_ack() {
        assertThatThrownBy(() -> FramedMessage.decode(Wire.reader("81000000010000"))).isInstanceOf(WireException.class);
    }
}

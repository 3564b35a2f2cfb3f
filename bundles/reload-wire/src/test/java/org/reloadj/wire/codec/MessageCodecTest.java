package org.reloadj.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.OverlayHash;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ForwardingOption;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.MessageExtension;
import org.reloadj.wire.message.MessageFragment;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.WireMessage;

class MessageCodecTest {
    private static final MessageCodec CODEC = new MessageCodec(WireContext.defaults());
    private static final String NODE_A = "0a".repeat(16);
    private static final String NODE_B = "0b".repeat(16);

    /**
     * A ping_req from A, through B, to resource 0x464f4f, with a forwarding option and an
     * extension, written out field by field from RFC 6940, 6.3.2-6.3.4.
     */
    private static final String PING = String.join("",
            "d2454c4f", // relo_token
            "12345678", // overlay
            "0001", // configuration_sequence
            "0a", // version 1.0
            "64", // ttl 100
            "c0000000", // fragment: historical bit, last fragment, offset 0
            "00000074", // length: 116 bytes
            "0102030405060708", // transaction_id
            "00001388", // max_response_length 5000
            "0012", // via_list_length 18
            "0018", // destination_list_length 24
            "0006", // options_length 6
            "0110" + NODE_A, // via: node A
            "0110" + NODE_B, // destination: node B
            "020403464f4f", // destination: resource "FOO"
            "01" + "05" + "0002" + "beef", // option exp-forward, FORWARD_CRITICAL|RESPONSE_COPY
            "0017", // message_code ping_req
            "00000002" + "0000", // message_body: PingReq, empty padding
            "00000009" + "0001" + "00" + "00000002" + "cafe", // extensions: 9 bytes, exp-ext, not critical
            "0000", // certificates: none
            "0000", "030000", "0000"); // signature: no algorithm, identity none, empty value

    private static ReloadMessage pingModel() {
        ForwardingHeader h = new ForwardingHeader(0x12345678, 1, 100, ForwardingHeader.UNFRAGMENTED,
                0x0102030405060708L, 5000, List.of(Destination.node(NodeId.fromHex(NODE_A))),
                List.of(Destination.node(NodeId.fromHex(NODE_B)), Destination.resource(ResourceId.fromHex("464f4f"))),
                List.of(new ForwardingOption(1, 5, Wire.opaque("beef"))));
        MessageContents c = new MessageContents(0x17, Wire.opaque("0000"),
                List.of(new MessageExtension(1, false, Wire.opaque("cafe"))));
        return new ReloadMessage(h, c, new SecurityBlock(List.of(), Signature.unsigned()));
    }

    @Test
    void encodes_a_message_field_by_field_as_rfc_6940_section_6_3_lays_it_out() {
        assertThat(Wire.hex(CODEC.encodeToBytes(pingModel()))).isEqualTo(PING);
        assertThat(PING.length() / 2).isEqualTo(0x74);
    }

    @Test
    void decodes_the_same_bytes_into_the_same_model() throws WireException {
        assertThat(CODEC.decode(Wire.bytes(PING))).isEqualTo(pingModel());
    }

    @Test
    void decodes_from_a_byte_buf_without_releasing_it_and_encodes_into_a_pooled_one() throws WireException {
        ByteBuf in = Unpooled.wrappedBuffer(Wire.bytes(PING));
        WireMessage m = CODEC.decode(in);
        assertThat(in.refCnt()).isEqualTo(1);
        in.release();
        ByteBuf out = CODEC.encode(m, PooledByteBufAllocator.DEFAULT);
        try {
            assertThat(io.netty.buffer.ByteBufUtil.hexDump(out)).isEqualTo(PING);
        } finally {
            out.release();
        }
    }

    @Test
    void the_overlay_field_is_the_low_32_bits_of_sha1_of_the_overlay_name() {
        // SHA-1("example.com") = 0caaf24ab1a0c33440c06afe99df986365b0781f
        assertThat(OverlayHash.of("example.com")).isEqualTo(0x65b0781f);
    }

    @Test
    void keeps_a_fragment_undecoded_and_writes_it_back_unchanged() throws WireException {
        String fragment = PING.replace("c0000000" + "00000074", "80000010" + "00000074");
        WireMessage m = CODEC.decode(Wire.bytes(fragment));
        assertThat(m).isInstanceOf(MessageFragment.class);
        assertThat(m.header().fragmentOffset()).isEqualTo(16);
        assertThat(m.header().isLastFragment()).isFalse();
        assertThat(Wire.hex(CODEC.encodeToBytes(m))).isEqualTo(fragment);
    }

    @Test
    void rejects_a_message_larger_than_the_configured_maximum_before_parsing() {
        MessageCodec small = new MessageCodec(WireContext.defaults().withMaxMessageSize(100));
        assertError(() -> small.decode(Wire.bytes(PING)), ErrorCode.ERROR_MESSAGE_TOO_LARGE);
    }

    @Test
    void rejects_a_wrong_relo_token() {
        assertError(() -> CODEC.decode(Wire.bytes("5245" + PING.substring(4))), ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void rejects_a_version_other_than_1_0() {
        assertError(() -> CODEC.decode(Wire.bytes(PING.replaceFirst("00010a64", "00010164"))),
                ErrorCode.ERROR_INCOMPATIBLE_WITH_OVERLAY);
    }

    @Test
    void rejects_a_fragment_field_without_its_historical_bit() {
        assertError(() -> CODEC.decode(Wire.bytes(PING.replace("c0000000", "40000000"))), ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void rejects_a_length_field_that_disagrees_with_the_bytes_received() {
        assertError(() -> CODEC.decode(Wire.bytes(PING.replace("00000074", "00000075"))), ErrorCode.ERROR_INVALID_MESSAGE);
        assertError(() -> CODEC.decode(Wire.bytes(PING + "00")), ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void rejects_trailing_bytes_after_the_security_block() {
        String longer = PING.replace("00000074", "00000075") + "00";
        assertError(() -> CODEC.decode(Wire.bytes(longer)), ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void rejects_a_message_cut_anywhere() {
        for (int cut = 0; cut < PING.length() / 2; cut++) {
            String prefix = PING.substring(0, cut * 2);
            assertThatThrownBy(() -> CODEC.decode(Wire.bytes(prefix))).isInstanceOf(WireException.class);
        }
    }

    @Test
    void rejects_a_list_length_running_past_the_message() {
        assertError(() -> CODEC.decode(Wire.bytes(PING.replace("001200180006", "ff1200180006"))),
                ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void rejects_a_resource_id_in_the_via_list() {
        String bad = PING.replace("001200180006", "000600240006").replace("0110" + NODE_A + "0110" + NODE_B,
                "020403464f4f" + "0110" + NODE_B + "0110" + NODE_A);
        assertError(() -> CODEC.decode(Wire.bytes(bad)), ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void rejects_a_resource_id_before_the_end_of_the_destination_list() {
        String bad = PING.replace("0110" + NODE_B + "020403464f4f", "020403464f4f" + "0110" + NODE_B);
        assertError(() -> CODEC.decode(Wire.bytes(bad)), ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void rejects_an_empty_destination_list() {
        String bad = PING.replace("00000074", "0000005c").replace("001200180006", "001200000006")
                .replace("0110" + NODE_B + "020403464f4f", "");
        assertError(() -> CODEC.decode(Wire.bytes(bad)), ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void rejects_message_code_zero_and_a_non_boolean_critical_flag() {
        assertError(() -> CODEC.decode(Wire.bytes(PING.replace("0017000000020000", "0000000000020000"))),
                ErrorCode.ERROR_INVALID_MESSAGE);
        assertError(() -> CODEC.decode(Wire.bytes(PING.replace("00010000000002cafe", "00010200000002cafe"))),
                ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void refuses_to_encode_a_header_without_the_historical_bit() {
        assertThatThrownBy(() -> new ForwardingHeader(0, 0, 1, 0x40000000, 0, 0, List.of(),
                List.of(Destination.node(NodeId.fromHex(NODE_A))), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private interface Decode {
        void run() throws Exception;
    }

    private static void assertError(Decode decode, ErrorCode code) {
        assertThatThrownBy(decode::run).isInstanceOfSatisfying(WireException.class,
                e -> assertThat(e.errorCode()).isEqualTo(code));
    }
}

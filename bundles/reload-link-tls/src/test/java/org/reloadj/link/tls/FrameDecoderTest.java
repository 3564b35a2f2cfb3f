package org.reloadj.link.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Opaque;
import org.reloadj.wire.framing.FramedMessage;
import org.reloadj.wire.io.WireWriter;

class FrameDecoderTest {
    private static final List<FramedMessage> FRAMES = List.of(
            new FramedMessage.Data(0, Opaque.utf8("first message")),
            new FramedMessage.Ack(7, 0b1011),
            new FramedMessage.Data(1, Opaque.EMPTY),
            new FramedMessage.Data(2, Opaque.utf8("third")));

    private static byte[] stream() {
        ByteBuf buf = Unpooled.buffer();
        try {
            FRAMES.forEach(f -> f.encode(new WireWriter(buf)));
            byte[] bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            return bytes;
        } finally {
            buf.release();
        }
    }

    private static List<Object> feed(EmbeddedChannel ch, byte[] bytes, int... cuts) {
        int from = 0;
        for (int cut : cuts) {
            ch.writeInbound(Unpooled.copiedBuffer(bytes, from, cut - from));
            from = cut;
        }
        ch.writeInbound(Unpooled.copiedBuffer(bytes, from, bytes.length - from));
        List<Object> out = new ArrayList<>();
        for (Object o = ch.readInbound(); o != null; o = ch.readInbound()) {
            out.add(o);
        }
        return out;
    }

    @Test
    void splits_a_stream_cut_at_any_byte_boundary() {
        byte[] bytes = stream();
        for (int cut = 0; cut <= bytes.length; cut++) {
            EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(100));
            assertThat(feed(ch, bytes, cut)).as("cut at %d", cut).isEqualTo(FRAMES);
            assertThat(ch.finish()).isFalse();
        }
    }

    @Test
    void splits_a_stream_cut_at_every_pair_of_boundaries() {
        byte[] bytes = stream();
        for (int a = 0; a <= bytes.length; a++) {
            for (int b = a; b <= bytes.length; b++) {
                EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(100));
                assertThat(feed(ch, bytes, a, b)).as("cuts at %d, %d", a, b).isEqualTo(FRAMES);
                ch.finish();
            }
        }
    }

    @Test
    void splits_a_stream_fed_byte_by_byte() {
        byte[] bytes = stream();
        int[] cuts = new int[bytes.length - 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = i + 1;
        }
        assertThat(feed(new EmbeddedChannel(new FrameDecoder(100)), bytes, cuts)).isEqualTo(FRAMES);
    }

    @Test
    void takes_a_frame_of_exactly_the_max_message_size() {
        FramedMessage.Data frame = new FramedMessage.Data(0, Opaque.of(new byte[100]));
        ByteBuf buf = Unpooled.buffer();
        frame.encode(new WireWriter(buf));
        EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(100));
        ch.writeInbound(buf);
        assertThat((Object) ch.readInbound()).isEqualTo(frame);
    }

    @Test
    void refuses_an_oversized_frame_from_its_header_alone() {
        EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(100));
        // a data frame announcing 2^24-1 bytes: only its 8-byte header has arrived
        ByteBuf header = Unpooled.wrappedBuffer(HexFormat.of().parseHex("8000000000ffffff"));
        assertThatThrownBy(() -> ch.writeInbound(header)).isInstanceOf(TooLongFrameException.class)
                .hasMessageContaining("16777215");
        assertThat(header.refCnt()).isZero();
    }

    @Test
    void refuses_a_frame_one_byte_over_the_max() {
        EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(100));
        ByteBuf header = Unpooled.wrappedBuffer(HexFormat.of().parseHex("8000000000000065"));
        assertThatThrownBy(() -> ch.writeInbound(header)).isInstanceOf(TooLongFrameException.class);
    }

    @Test
    void discards_what_follows_a_refused_frame() {
        EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(100));
        assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(HexFormat.of().parseHex("8000000000ffffff"))))
                .isInstanceOf(TooLongFrameException.class);
        ch.writeInbound(Unpooled.wrappedBuffer(stream()));
        assertThat((Object) ch.readInbound()).isNull();
    }

    @Test
    void refuses_a_frame_of_unknown_type() {
        EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(100));
        assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0x7f, 0, 0})))
                .isInstanceOf(CorruptedFrameException.class);
    }

    @Test
    void the_encoder_writes_what_the_decoder_reads() {
        EmbeddedChannel out = new EmbeddedChannel(FrameEncoder.INSTANCE);
        FRAMES.forEach(out::writeOutbound);
        EmbeddedChannel in = new EmbeddedChannel(new FrameDecoder(100));
        for (ByteBuf b = out.readOutbound(); b != null; b = out.readOutbound()) {
            in.writeInbound(b);
        }
        List<Object> read = new ArrayList<>();
        for (Object o = in.readInbound(); o != null; o = in.readInbound()) {
            read.add(o);
        }
        assertThat(read).isEqualTo(FRAMES);
    }
}

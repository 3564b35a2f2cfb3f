package org.reloadj.link.tls;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import org.reloadj.wire.framing.FramedMessage;
import org.reloadj.wire.io.WireWriter;

/** Writes {@link FramedMessage}s onto the TLS stream (RFC 6940, 6.6.2). Stateless. */
@Sharable
final class FrameEncoder extends MessageToByteEncoder<FramedMessage> {
    static final FrameEncoder INSTANCE = new FrameEncoder();

    private FrameEncoder() {
        super(FramedMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, FramedMessage frame, ByteBuf out) {
        frame.encode(new WireWriter(out));
    }
}

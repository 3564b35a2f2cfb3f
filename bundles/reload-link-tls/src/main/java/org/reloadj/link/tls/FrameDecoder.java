package org.reloadj.link.tls;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.List;
import org.reloadj.api.registry.FramedMessageType;
import org.reloadj.wire.framing.FramedMessage;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;

/**
 * Splits the decrypted TLS stream into {@link FramedMessage}s (RFC 6940, 6.6.2), whatever the
 * byte boundaries at which the stream arrives. A data frame's 24-bit length is checked against
 * the max-message-size as soon as its 8-byte header is in, before a byte of the message is read
 * or a buffer allocated for it (6.6: the session may be closed "before the peer receives the
 * complete message"); a frame of unknown type or too large fails the channel, which closes it,
 * and anything after it is discarded.
 */
final class FrameDecoder extends ByteToMessageDecoder {
    private static final int DATA_HEADER = 8;

    private final int maxMessageSize;
    private final byte[] header = new byte[DATA_HEADER];
    private boolean failed;

    FrameDecoder(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        int available = Math.min(in.readableBytes(), DATA_HEADER);
        in.getBytes(in.readerIndex(), header, 0, available);
        try {
            int length = FramedMessage.frameLength(header, 0, available);
            if (length < 0) {
                return;
            }
            if ((header[0] & 0xFF) == FramedMessageType.DATA.code() && length - DATA_HEADER > maxMessageSize) {
                throw new TooLongFrameException("a data frame of " + (length - DATA_HEADER)
                        + " bytes exceeds max-message-size " + maxMessageSize);
            }
            if (in.readableBytes() < length) {
                return;
            }
            byte[] frame = new byte[length];
            in.readBytes(frame);
            out.add(FramedMessage.decode(WireReader.of(frame)));
        } catch (WireException e) {
            fail(in);
            throw new CorruptedFrameException(e.getMessage(), e);
        } catch (TooLongFrameException e) {
            fail(in);
            throw e;
        }
    }

    private void fail(ByteBuf in) {
        failed = true;
        in.skipBytes(in.readableBytes());
    }
}

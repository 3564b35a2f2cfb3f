package org.reloadj.wire.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import java.util.Objects;
import org.reloadj.api.ErrorCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.MessageFragment;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.WireMessage;

/**
 * Encodes and decodes whole RELOAD messages (RFC 6940, 6.3): forwarding header, message contents
 * and security block, or a fragment (6.7).
 *
 * <p>Decoding checks the size against the configured maximum before parsing (Error_Message_Too_Large),
 * then every field against the bytes present; the result is immutable and shares one copy of the
 * input among its opaque fields. The message body stays bytes: read it with
 * {@link org.reloadj.wire.body.BodyCodec}. Encoding a decoded message gives back the same bytes.
 * Thread-safe.
 */
public final class MessageCodec {
    private final WireContext context;

    /** A codec for an overlay described by {@code context}. */
    public MessageCodec(WireContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The decoding context. */
    public WireContext context() {
        return context;
    }

    /**
     * Decodes the readable bytes of {@code in} as one message. The buffer's reader index moves
     * past them; the buffer is not released (the caller owns it).
     */
    public WireMessage decode(ByteBuf in) throws WireException {
        int n = in.readableBytes();
        checkSize(n);
        byte[] bytes = new byte[n];
        in.readBytes(bytes);
        return decodeOwned(bytes);
    }

    /** Decodes {@code bytes} as one message; the array must not be written afterwards. */
    public WireMessage decode(byte[] bytes) throws WireException {
        checkSize(bytes.length);
        return decodeOwned(bytes);
    }

    /**
     * Decodes a whole (unfragmented) message.
     *
     * @throws WireException Error_Invalid_Message for a fragment
     */
    public ReloadMessage decodeWhole(byte[] bytes) throws WireException {
        WireMessage m = decode(bytes);
        if (m instanceof ReloadMessage whole) {
            return whole;
        }
        throw WireException.invalid("a fragment where a whole message was expected");
    }

    private void checkSize(int n) throws WireException {
        if (n > context.maxMessageSize()) {
            throw new WireException(ErrorCode.ERROR_MESSAGE_TOO_LARGE,
                    "message of " + n + " bytes exceeds the maximum of " + context.maxMessageSize());
        }
    }

    private WireMessage decodeOwned(byte[] bytes) throws WireException {
        WireReader r = WireReader.of(bytes);
        ForwardingHeader header = ForwardingHeader.decode(r, bytes.length, context);
        if (!header.isUnfragmented()) {
            return new MessageFragment(header, r.readRest());
        }
        MessageContents contents = MessageContents.decode(r);
        SecurityBlock security = SecurityBlock.decode(r);
        r.assertFinished("message");
        return new ReloadMessage(header, contents, security);
    }

    /** Appends the encoding of {@code message} to {@code out}. */
    public void encode(WireMessage message, ByteBuf out) {
        WireWriter w = new WireWriter(out);
        int start = w.position();
        int lengthAt = message.header().encode(w);
        if (message instanceof ReloadMessage whole) {
            whole.contents().encode(w);
            whole.security().encode(w);
        } else {
            w.writeFixed(((MessageFragment) message).payload());
        }
        ForwardingHeader.patchLength(w, lengthAt, start);
    }

    /** Encodes {@code message} into a new buffer from {@code alloc}; the caller releases it. */
    public ByteBuf encode(WireMessage message, ByteBufAllocator alloc) {
        ByteBuf out = alloc.buffer(256);
        try {
            encode(message, out);
            return out;
        } catch (RuntimeException e) {
            out.release();
            throw e;
        }
    }

    /** Encodes {@code message} into a new array. */
    public byte[] encodeToBytes(WireMessage message) {
        ByteBuf out = PooledByteBufAllocator.DEFAULT.heapBuffer(256);
        try {
            encode(message, out);
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }
}

package org.reloadj.wire.io;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import java.util.function.Consumer;
import org.reloadj.api.Opaque;

/**
 * Writes RFC 6940's presentation language (6.3.1) into a Netty {@link ByteBuf}.
 *
 * <p>Variable-length fields whose length precedes them are written with
 * {@link #beginLength(int)} and {@link #endLength(int, int, String)}: a placeholder is written and
 * patched once the contents are known, and a value too long for its length field is refused
 * rather than silently truncated. The writer does not own the buffer.
 */
public final class WireWriter {
    private final ByteBuf out;

    /** A writer appending to {@code out}. */
    public WireWriter(ByteBuf out) {
        this.out = out;
    }

    /** The bytes that {@code writer} writes, as an opaque value (through a released heap buffer). */
    public static Opaque encode(Consumer<WireWriter> writer) {
        ByteBuf buf = PooledByteBufAllocator.DEFAULT.heapBuffer(256); // pooled: no garbage while it grows
        try {
            writer.accept(new WireWriter(buf));
            byte[] bytes = ByteBufUtil.getBytes(buf);
            return Opaque.wrap(bytes, 0, bytes.length);
        } finally {
            buf.release();
        }
    }

    /** The buffer written to. */
    public ByteBuf buffer() {
        return out;
    }

    /** The number of bytes in the buffer so far (its writer index). */
    public int position() {
        return out.writerIndex();
    }

    /** An unsigned 8-bit number. */
    public WireWriter writeUint8(int v) {
        checkRange(v, 0xFF, "uint8");
        out.writeByte(v);
        return this;
    }

    /** An unsigned 16-bit number. */
    public WireWriter writeUint16(int v) {
        checkRange(v, 0xFFFF, "uint16");
        out.writeShort(v);
        return this;
    }

    /** An unsigned 24-bit number. */
    public WireWriter writeUint24(int v) {
        checkRange(v, 0xFF_FFFF, "uint24");
        out.writeMedium(v);
        return this;
    }

    /** 32 bits. */
    public WireWriter writeInt32(int v) {
        out.writeInt(v);
        return this;
    }

    /** An unsigned 32-bit number given as a long. */
    public WireWriter writeUint32(long v) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("uint32 out of range: " + v);
        }
        out.writeInt((int) v);
        return this;
    }

    /** 64 bits. */
    public WireWriter writeInt64(long v) {
        out.writeLong(v);
        return this;
    }

    /** A Boolean byte. */
    public WireWriter writeBoolean(boolean v) {
        out.writeByte(v ? 1 : 0);
        return this;
    }

    /** The bytes of {@code value}, with no length. */
    public WireWriter writeFixed(Opaque value) {
        value.writeTo(out::writeBytes);
        return this;
    }

    /** {@code opaque x<0..2^(8*lengthBytes)-1>}: the length, then the bytes. */
    public WireWriter writeOpaque(int lengthBytes, Opaque value, String what) {
        checkLength(value.length(), lengthBytes, what);
        writeLengthField(lengthBytes, value.length());
        return writeFixed(value);
    }

    /**
     * Writes a placeholder length of {@code lengthBytes} bytes, to be patched by
     * {@link #endLength(int, int, String)}; returns its position.
     */
    public int beginLength(int lengthBytes) {
        int at = out.writerIndex();
        writeLengthField(lengthBytes, 0);
        return at;
    }

    /**
     * Patches the length written at {@code at} with the number of bytes written since.
     *
     * @throws IllegalArgumentException when the contents do not fit the length field
     */
    public void endLength(int at, int lengthBytes, String what) {
        int n = out.writerIndex() - at - lengthBytes;
        checkLength(n, lengthBytes, what);
        switch (lengthBytes) {
            case 1 -> out.setByte(at, n);
            case 2 -> out.setShort(at, n);
            case 3 -> out.setMedium(at, n);
            case 4 -> out.setInt(at, n);
            default -> throw new IllegalArgumentException("length of " + lengthBytes + " bytes");
        }
    }

    private void writeLengthField(int lengthBytes, int n) {
        switch (lengthBytes) {
            case 1 -> out.writeByte(n);
            case 2 -> out.writeShort(n);
            case 3 -> out.writeMedium(n);
            case 4 -> out.writeInt(n);
            default -> throw new IllegalArgumentException("length of " + lengthBytes + " bytes");
        }
    }

    private static void checkLength(int n, int lengthBytes, String what) {
        long max = lengthBytes == 4 ? 0xFFFF_FFFFL : (1L << (8 * lengthBytes)) - 1;
        if (n > max) {
            throw new IllegalArgumentException(what + " of " + n + " bytes does not fit a " + lengthBytes + "-byte length");
        }
    }

    private static void checkRange(int v, int max, String type) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException(type + " out of range: " + v);
        }
    }
}

package org.reloadj.wire.io;

import org.reloadj.api.Opaque;

/**
 * Reads RFC 6940's presentation language (6.3.1) from a bounded region of a byte array.
 *
 * <p>Every read is checked against the bytes remaining in the region before anything is read
 * or allocated, so a bad length turns into a {@link WireException}, never an
 * {@code IndexOutOfBoundsException} or an allocation sized by the input. Variable-length
 * fields come back as {@link Opaque} views on the same array (no copy), and nested structures
 * are read through {@link #readVector(int, String) sub-readers} that cannot read past their
 * own length. A reader is used by one thread.
 */
public final class WireReader {
    private final byte[] array;
    private final int end;
    private int position;

    private WireReader(byte[] array, int start, int end) {
        this.array = array;
        this.position = start;
        this.end = end;
    }

    /**
     * A reader of {@code length} bytes of the array from {@code offset}; as with {@link #of(byte[])}
     * the array must not be written again.
     */
    public static WireReader of(byte[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length - length) {
            throw new IllegalArgumentException("region " + offset + "+" + length + " of " + array.length);
        }
        return new WireReader(array, offset, offset + length);
    }

    /**
     * A reader of the whole array. The caller gives up the array: decoded values are views on it,
     * so it must not be written again.
     */
    public static WireReader of(byte[] array) {
        return new WireReader(array, 0, array.length);
    }

    /** A reader of an opaque value's bytes (a view, no copy). */
    public static WireReader of(Opaque value) {
        return value.readWith((array, offset, length) -> new WireReader(array, offset, offset + length));
    }

    /** The bytes not yet read. */
    public int remaining() {
        return end - position;
    }

    /** Whether every byte has been read. */
    public boolean isFinished() {
        return position == end;
    }

    /** The position in the underlying region, for error messages and length checks. */
    public int position() {
        return position;
    }

    /**
     * Fails unless every byte has been read: a structure that ends before its length says is as
     * invalid as one that runs past it.
     */
    public void assertFinished(String what) throws WireException {
        if (position != end) {
            throw WireException.invalid(what + " has " + (end - position) + " bytes left over");
        }
    }

    private void require(int n, String what) throws WireException {
        if (n > end - position) {
            throw WireException.invalid(what + " needs " + n + " bytes but only " + (end - position) + " remain");
        }
    }

    /** An unsigned 8-bit number. */
    public int readUint8(String what) throws WireException {
        require(1, what);
        return array[position++] & 0xFF;
    }

    /** An unsigned 16-bit number. */
    public int readUint16(String what) throws WireException {
        require(2, what);
        int v = (array[position] & 0xFF) << 8 | array[position + 1] & 0xFF;
        position += 2;
        return v;
    }

    /** An unsigned 24-bit number. */
    public int readUint24(String what) throws WireException {
        require(3, what);
        int v = (array[position] & 0xFF) << 16 | (array[position + 1] & 0xFF) << 8 | array[position + 2] & 0xFF;
        position += 3;
        return v;
    }

    /** 32 bits (signed int32, or the bits of a uint32). */
    public int readInt32(String what) throws WireException {
        require(4, what);
        int p = position;
        int v = (array[p] & 0xFF) << 24 | (array[p + 1] & 0xFF) << 16 | (array[p + 2] & 0xFF) << 8 | array[p + 3] & 0xFF;
        position += 4;
        return v;
    }

    /** An unsigned 32-bit number. */
    public long readUint32(String what) throws WireException {
        return Integer.toUnsignedLong(readInt32(what));
    }

    /** 64 bits (a uint64 as its bits). */
    public long readInt64(String what) throws WireException {
        long high = Integer.toUnsignedLong(readInt32(what));
        long low = Integer.toUnsignedLong(readInt32(what));
        return high << 32 | low;
    }

    /** A Boolean: one byte that is 0 or 1 (6.3.1.1); anything else is invalid. */
    public boolean readBoolean(String what) throws WireException {
        int v = readUint8(what);
        if (v > 1) {
            throw WireException.invalid(what + " is a Boolean, but holds " + v);
        }
        return v == 1;
    }

    /** {@code n} bytes of a fixed-length field, as a view. */
    public Opaque readFixed(int n, String what) throws WireException {
        require(n, what);
        Opaque v = Opaque.wrap(array, position, n);
        position += n;
        return v;
    }

    /**
     * A variable-length field {@code opaque x<0..2^(8*lengthBytes)-1>}: a length of
     * {@code lengthBytes} bytes (1, 2, 3 or 4), then that many bytes, as a view.
     */
    public Opaque readOpaque(int lengthBytes, String what) throws WireException {
        int n = readLength(lengthBytes, what);
        return readFixed(n, what);
    }

    /**
     * A variable-length vector of structures: a length of {@code lengthBytes} bytes, then a
     * sub-reader over exactly that many bytes. This reader moves past the vector.
     */
    public WireReader readVector(int lengthBytes, String what) throws WireException {
        int n = readLength(lengthBytes, what);
        return slice(n, what);
    }

    /** A sub-reader over the next {@code n} bytes; this reader moves past them. */
    public WireReader slice(int n, String what) throws WireException {
        require(n, what);
        WireReader sub = new WireReader(array, position, position + n);
        position += n;
        return sub;
    }

    /** The bytes not yet read, as a view; the reader is then finished. */
    public Opaque readRest() {
        Opaque v = Opaque.wrap(array, position, end - position);
        position = end;
        return v;
    }

    private int readLength(int lengthBytes, String what) throws WireException {
        long n = switch (lengthBytes) {
            case 1 -> readUint8(what + " length");
            case 2 -> readUint16(what + " length");
            case 3 -> readUint24(what + " length");
            case 4 -> readUint32(what + " length");
            default -> throw new IllegalArgumentException("length of " + lengthBytes + " bytes");
        };
        if (n > end - position) {
            throw WireException.invalid(what + " claims " + n + " bytes but only " + (end - position) + " remain");
        }
        return (int) n;
    }
}

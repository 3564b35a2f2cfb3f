package org.reloadj.api;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable string of bytes: the {@code opaque} type of RFC 6940's presentation language
 * (RFC 6940, 6.3.1).
 *
 * <p>An {@code Opaque} may be a view on a region of a larger array (a decoded message shares
 * one array among all its opaque fields, so decoding does not copy every field). The array is
 * never exposed for writing: {@link #toByteArray()} copies, and the factories that take an
 * array from outside copy it too.
 */
public final class Opaque implements Comparable<Opaque> {
    /** The empty byte string. */
    public static final Opaque EMPTY = new Opaque(new byte[0], 0, 0);

    private final byte[] array;
    private final int offset;
    private final int length;
    private int hash;

    private Opaque(byte[] array, int offset, int length) {
        this.array = array;
        this.offset = offset;
        this.length = length;
    }

    /** A copy of {@code bytes}. */
    public static Opaque of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Opaque(bytes.clone(), 0, bytes.length);
    }

    /** A copy of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static Opaque copyOf(byte[] bytes, int offset, int length) {
        checkRange(bytes, offset, length);
        return length == 0 ? EMPTY : new Opaque(Arrays.copyOfRange(bytes, offset, offset + length), 0, length);
    }

    /**
     * A view on a region of {@code bytes}, without copying. Only for callers that own the array
     * and never write to it again (decoders).
     */
    public static Opaque wrap(byte[] bytes, int offset, int length) {
        checkRange(bytes, offset, length);
        return length == 0 ? EMPTY : new Opaque(bytes, offset, length);
    }

    /** The UTF-8 bytes of {@code text}. */
    public static Opaque utf8(String text) {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return b.length == 0 ? EMPTY : new Opaque(b, 0, b.length);
    }

    /** Parses hexadecimal digits (no separators). */
    public static Opaque fromHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    private static void checkRange(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new IndexOutOfBoundsException("region " + offset + "+" + length + " of " + bytes.length);
        }
    }

    /** The number of bytes. */
    public int length() {
        return length;
    }

    /** Whether there are no bytes. */
    public boolean isEmpty() {
        return length == 0;
    }

    /** The byte at {@code index}, as a signed byte. */
    public byte byteAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return array[offset + index];
    }

    /** A fresh copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** Copies the bytes into {@code target} at {@code targetOffset}. */
    public void copyTo(byte[] target, int targetOffset) {
        System.arraycopy(array, offset, target, targetOffset, length);
    }

    /** A view on {@code length} bytes from {@code from}. */
    public Opaque slice(int from, int length) {
        if (from < 0 || length < 0 || from > this.length - length) {
            throw new IndexOutOfBoundsException("slice " + from + "+" + length + " of " + this.length);
        }
        return length == 0 ? EMPTY : new Opaque(array, offset + from, length);
    }

    /** Lower-case hexadecimal, two digits a byte. */
    public String toHex() {
        return HexFormat.of().formatHex(array, offset, offset + length);
    }

    /** The bytes decoded as UTF-8. */
    public String toUtf8() {
        return new String(array, offset, length, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** For encoders: hands the backing region to {@code sink} without copying. */
    public void writeTo(Sink sink) {
        sink.write(array, offset, length);
    }

    /**
     * Lends the backing region to {@code reader} (a decoder), without copying. The reader must
     * not write to the array nor keep it beyond what it reads.
     */
    public <T> T readWith(RegionReader<T> reader) {
        return reader.read(array, offset, length);
    }

    /** Reads a lent region of bytes (a decoder's input). */
    @FunctionalInterface
    public interface RegionReader<T> {
        /** Reads {@code length} bytes of {@code bytes} from {@code offset}. */
        T read(byte[] bytes, int offset, int length);
    }

    /** Receives a region of bytes (an encoder's output). */
    @FunctionalInterface
    public interface Sink {
        /** Writes {@code length} bytes of {@code bytes} from {@code offset}. */
        void write(byte[] bytes, int offset, int length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Opaque other
                && Arrays.equals(array, offset, offset + length, other.array, other.offset, other.offset + other.length);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 1;
            for (int i = offset; i < offset + length; i++) {
                h = 31 * h + array[i];
            }
            hash = h; // racy but safe, as String's: every thread computes the same value
        }
        return h;
    }

    /** Unsigned lexicographic order, the order of identifiers on the ring. */
    @Override
    public int compareTo(Opaque o) {
        return Arrays.compareUnsigned(array, offset, offset + length, o.array, o.offset, o.offset + o.length);
    }

    @Override
    public String toString() {
        return length <= 64 ? toHex() : slice(0, 32).toHex() + "...(" + length + " bytes)";
    }
}

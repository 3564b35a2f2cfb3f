package org.reloadj.api;

import java.util.Objects;

/**
 * An identifier made of bytes (a Node-ID or a Resource-ID, RFC 6940, 6.3.1.1): equal when of the
 * same type with the same bytes, ordered as unsigned big-endian numbers, printed in hex.
 *
 * @param <T> the identifier type
 */
public abstract sealed class Identifier<T extends Identifier<T>> implements Comparable<T>
        permits NodeId, ResourceId {
    private final Opaque bytes;

    Identifier(Opaque bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    /** The identifier's bytes. */
    public final Opaque bytes() {
        return bytes;
    }

    /** The number of bytes. */
    public final int length() {
        return bytes.length();
    }

    @Override
    public final int compareTo(T o) {
        return bytes.compareTo(o.bytes());
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && bytes.equals(((Identifier<?>) o).bytes);
    }

    @Override
    public final int hashCode() {
        return bytes.hashCode();
    }

    @Override
    public final String toString() {
        return bytes.toHex();
    }
}

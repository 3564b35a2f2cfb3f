package org.reloadj.api;

import java.util.Objects;

/**
 * A Node-ID: a fixed-length identifier of 16 to 20 bytes, most significant byte first; the
 * length is set per overlay (RFC 6940, 6.3.1.1 and 11.1; CHORD-RELOAD uses 16 bytes, 10).
 *
 * <p>Two identifiers are compared as unsigned big-endian integers.
 */
public final class NodeId extends Identifier<NodeId> {
    /** The shortest Node-ID an overlay may use (128 bits). */
    public static final int MIN_LENGTH = 16;
    /** The longest Node-ID an overlay may use (160 bits). */
    public static final int MAX_LENGTH = 20;

    private NodeId(Opaque bytes) {
        super(bytes);
    }

    /**
     * A Node-ID of these bytes.
     *
     * @throws IllegalArgumentException when the length is outside 16..20
     */
    public static NodeId of(Opaque bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (!isValidLength(bytes.length())) {
            throw new IllegalArgumentException("a Node-ID has 16 to 20 bytes, not " + bytes.length());
        }
        return new NodeId(bytes);
    }

    /** A Node-ID of a copy of these bytes. */
    public static NodeId of(byte[] bytes) {
        return of(Opaque.of(bytes));
    }

    /** A Node-ID from hexadecimal digits. */
    public static NodeId fromHex(String hex) {
        return of(Opaque.fromHex(hex));
    }

    /** Whether an overlay may use Node-IDs of this many bytes. */
    public static boolean isValidLength(int length) {
        return length >= MIN_LENGTH && length <= MAX_LENGTH;
    }
}

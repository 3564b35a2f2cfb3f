package org.reloadj.api;

import java.util.Objects;

/**
 * A Resource-ID: a variable-length identifier of up to 254 bytes, sent behind a one-byte
 * length (RFC 6940, 6.3.1.1). The overlay's topology plug-in maps resource names to
 * Resource-IDs.
 */
public final class ResourceId extends Identifier<ResourceId> {
    /** The longest Resource-ID (RFC 6940, 6.3.1.1: up to 254 bytes). */
    public static final int MAX_LENGTH = 254;

    private ResourceId(Opaque bytes) {
        super(bytes);
    }

    /**
     * A Resource-ID of these bytes.
     *
     * @throws IllegalArgumentException when longer than 254 bytes
     */
    public static ResourceId of(Opaque bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a Resource-ID has at most 254 bytes, not " + bytes.length());
        }
        return new ResourceId(bytes);
    }

    /** A Resource-ID of a copy of these bytes. */
    public static ResourceId of(byte[] bytes) {
        return of(Opaque.of(bytes));
    }

    /** A Resource-ID from hexadecimal digits. */
    public static ResourceId fromHex(String hex) {
        return of(Opaque.fromHex(hex));
    }
}

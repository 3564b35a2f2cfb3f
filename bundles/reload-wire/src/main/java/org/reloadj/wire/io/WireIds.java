package org.reloadj.wire.io;

import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;

/**
 * Reads and writes RELOAD's Kind-IDs and Resource-IDs: a {@code KindId} is a plain uint32
 * (RFC 6940, 6.3.1.1 and 7.4.1.1) and a {@code ResourceId} is {@code opaque<0..2^8-1>} whose
 * value has at most 254 bytes (6.3.1.1). Node-IDs, whose length the overlay fixes, are read by
 * {@link WireContext#readNodeId} and {@link NodeIdVectors}.
 */
public final class WireIds {
    private WireIds() {
    }

    /** Reads a uint32 Kind-ID. */
    public static KindId readKind(WireReader r, String what) throws WireException {
        return KindId.ofBits(r.readInt32(what));
    }

    /** Writes a uint32 Kind-ID. */
    public static void writeKind(WireWriter w, KindId kind) {
        w.writeInt32(kind.bits());
    }

    /**
     * Reads a Resource-ID behind its one-byte length.
     *
     * @throws WireException Error_Invalid_Message for a 255-byte identifier or a bad length
     */
    public static ResourceId readResourceId(WireReader r, String what) throws WireException {
        Opaque bytes = r.readOpaque(1, what);
        try {
            return ResourceId.of(bytes);
        } catch (IllegalArgumentException e) {
            throw WireException.invalid(what + ": " + e.getMessage());
        }
    }

    /** Writes a Resource-ID behind its one-byte length. */
    public static void writeResourceId(WireWriter w, ResourceId id) {
        w.writeOpaque(1, id.bytes(), "resource_id");
    }
}

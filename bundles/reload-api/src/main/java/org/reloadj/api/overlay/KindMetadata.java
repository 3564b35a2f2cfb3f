package org.reloadj.api.overlay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;

/**
 * The metadata of the values of one kind (RFC 6940, 7.4.3.2 StatKindResponse).
 *
 * @param kind       the kind
 * @param generation the stored generation counter
 * @param values     one entry per value
 */
public record KindMetadata(KindId kind, long generation, List<Entry> values) {
    /** Copies the list. */
    public KindMetadata {
        values = List.copyOf(values);
    }

    /**
     * The metadata of one value.
     *
     * @param slot          where it lives
     * @param exists        whether it exists
     * @param valueLength   its length in bytes
     * @param hashAlgorithm the TLS HashAlgorithm code of {@code hash}
     * @param hash          the hash of the value (7.4.3.2)
     * @param storageTime   its storage time
     * @param lifetime      its lifetime
     */
    public record Entry(Slot slot, boolean exists, long valueLength, int hashAlgorithm, Opaque hash,
            Instant storageTime, Duration lifetime) {
    }
}

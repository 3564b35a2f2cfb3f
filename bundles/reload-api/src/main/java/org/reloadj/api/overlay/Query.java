package org.reloadj.api.overlay;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;

/**
 * Which values of a kind to fetch or stat (RFC 6940, 7.4.2.1 StoredDataSpecifier).
 *
 * @param kind       the kind
 * @param generation the generation the caller already has (its values are then not sent); 0 for none
 * @param ranges     for arrays: inclusive index ranges; empty for other models
 * @param keys       for dictionaries: the keys, empty for all; empty for other models
 */
public record Query(KindId kind, long generation, List<Range> ranges, List<Opaque> keys) {
    /** Copies the lists. */
    public Query {
        Objects.requireNonNull(kind, "kind");
        ranges = List.copyOf(ranges);
        keys = List.copyOf(keys);
    }

    /** The single value, or the whole dictionary, of {@code kind}. */
    public static Query all(KindId kind) {
        return new Query(kind, 0, List.of(), List.of());
    }

    /** Array indices {@code first..last} of {@code kind}. */
    public static Query range(KindId kind, long first, long last) {
        return new Query(kind, 0, List.of(new Range(first, last)), List.of());
    }

    /** These dictionary keys of {@code kind}. */
    public static Query keys(KindId kind, List<Opaque> keys) {
        return new Query(kind, 0, List.of(), keys);
    }

    /**
     * An inclusive range of array indices (7.4.2.1 ArrayRange).
     *
     * @param first the first index
     * @param last  the last index (0xffffffff: the end of the array)
     */
    public record Range(long first, long last) {
    }
}

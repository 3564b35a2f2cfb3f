package org.reloadj.core.storage;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.reloadj.wire.storage.StoredData;

/**
 * What a peer stores of one kind at one resource (RFC 6940, 7): the generation counter and the
 * values by slot. Immutable: a Store builds new ones and commits them only when the whole request
 * has succeeded (7.4.1.1: atomic).
 *
 * @param generation the generation counter, a uint64 as its bits (7.4.1.1)
 * @param values     the values, in slot order
 */
public record StoredKind(long generation, NavigableMap<SlotKey, StoredValue> values) {
    /** Nothing stored: generation 0, no values. */
    public static final StoredKind NONE = new StoredKind(0, new TreeMap<>());

    /** Copies the values into an unmodifiable map. */
    public StoredKind {
        values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
    }

    /** Whether no values are stored. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The value in {@code slot}, if any. */
    public Optional<StoredValue> get(SlotKey slot) {
        return Optional.ofNullable(values.get(slot));
    }

    /** Every value as answered or handed on at {@code now} (lifetimes lowered), in slot order. */
    public List<StoredData> asOf(long now) {
        return values.values().stream().map(v -> v.asOf(now)).toList();
    }

    /** Whether any value is unexpired at {@code now}. */
    public boolean isAliveAt(long now) {
        return values.values().stream().anyMatch(v -> !v.isExpiredAt(now));
    }

    /** Whether any value has expired at {@code now}. */
    public boolean hasExpiredAt(long now) {
        return values.values().stream().anyMatch(v -> v.isExpiredAt(now));
    }

    /** The values still alive at {@code now}, with the same generation counter. */
    public StoredKind liveAt(long now) {
        if (!hasExpiredAt(now)) {
            return this;
        }
        TreeMap<SlotKey, StoredValue> live = new TreeMap<>(values);
        live.values().removeIf(v -> v.isExpiredAt(now));
        return new StoredKind(generation, live);
    }
}

package org.reloadj.api.overlay;

import org.reloadj.api.Opaque;

/**
 * Where a value lives in its kind's data model (RFC 6940, 7.2): the single value, an array index,
 * or a dictionary key.
 */
public sealed interface Slot {
    /** The one value of a single-value kind. */
    Slot SINGLE = new Single();

    /** The array index meaning "append at the end" in a store (7.4.1.1). */
    long APPEND = 0xFFFF_FFFFL;

    /** The single value. */
    record Single() implements Slot {
    }

    /**
     * An array index, 0..2^32-1.
     *
     * @param index the index
     */
    record Index(long index) implements Slot {
        /** Checks the range. */
        public Index {
            if (index < 0 || index > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("an array index is a uint32: " + index);
            }
        }
    }

    /**
     * A dictionary key.
     *
     * @param key the key
     */
    record Key(Opaque key) implements Slot {
    }
}

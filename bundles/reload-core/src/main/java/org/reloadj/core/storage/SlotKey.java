package org.reloadj.core.storage;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * Where a value sits within a kind at a resource (RFC 6940, 7.2): the one place of a single value,
 * an array index, or a dictionary key. Slots of one kind sort by index, then by key bytes (unsigned),
 * which is the order Fetch and Stat answer in.
 *
 * @param index the uint32 array index; 0 for the other models
 * @param key   the dictionary key; empty for the other models
 */
public record SlotKey(long index, Opaque key) implements Comparable<SlotKey> {
    /** The place of a single value. */
    public static final SlotKey SINGLE = new SlotKey(0, Opaque.EMPTY);

    /** Checks the parts are present. */
    public SlotKey {
        Objects.requireNonNull(key, "key");
    }

    /** The slot of an array index. */
    public static SlotKey index(long index) {
        return new SlotKey(index, Opaque.EMPTY);
    }

    /** The slot of a dictionary key. */
    public static SlotKey key(Opaque key) {
        return new SlotKey(0, key);
    }

    /** The slot a value names (for an array entry, its index as sent, 0xffffffff included). */
    public static SlotKey of(StoredDataValue value) {
        if (value instanceof StoredDataValue.ArrayEntry a) {
            return index(a.index());
        }
        if (value instanceof StoredDataValue.DictionaryEntry d) {
            return key(d.key());
        }
        return SINGLE;
    }

    @Override
    public int compareTo(SlotKey o) {
        int c = Long.compare(index, o.index);
        return c != 0 ? c : key.compareTo(o.key);
    }
}

package org.reloadj.core.storage;

import java.util.TreeMap;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * Applies the values of one kind of a Store to what is stored (RFC 6940, 7.4.1.1), on a copy: the
 * caller commits the result only when every kind of the request has succeeded.
 *
 * <p>Values are applied in turn. A single value replaces the stored one; an array entry replaces
 * its index, index 0xffffffff appending after the last stored entry (gaps stay nonexistent); a
 * dictionary entry replaces its key. A nonexistent value (exists False) is stored like any other
 * and removes by replacing (7.4.1.3). Each value must be newer than the one it replaces: a storage
 * time not greater is Error_Data_Too_Old (7, and 13.5.3: "smaller than or equal"). A replica Store
 * may repeat exactly the value already stored (same storage time, value and signature), which
 * refreshes its lifetime: replicas are pushed again as the overlay changes (10.7.3).
 *
 * <p>Quotas (13.5.2): a kind holds at most max-count values at a resource. An array's values include
 * the nonexistent ones in its gaps (7.2.2: a store past the end "extends it with nonexistent
 * values"), so an index must stay below max-count; this also bounds what a Fetch of a sparse array
 * synthesizes. Both are Error_Data_Too_Large, the one error the RFC has for limits.
 */
final class KindUpdate {
    /** The array index that appends (7.4.1.1). */
    static final long APPEND = 0xFFFF_FFFFL;

    private KindUpdate() {
    }

    /**
     * What {@code live} (the unexpired values) becomes after storing {@code data} at {@code now},
     * with generation counter {@code generation}.
     *
     * @throws StorageException Error_Data_Too_Old or Error_Data_Too_Large
     */
    static StoredKind apply(KindDefinition kind, StoredKind live, StoreKindData data, boolean replica, long now,
            long generation) throws StorageException {
        TreeMap<SlotKey, StoredValue> values = new TreeMap<>(live.values());
        for (StoredData sent : data.values()) {
            StoredData placed = place(kind, sent, values);
            SlotKey slot = SlotKey.of(placed.value());
            StoredValue old = values.get(slot);
            if (old != null && !supersedes(placed, old.data(), replica)) {
                throw StorageException.of(ErrorCode.ERROR_DATA_TOO_OLD, "storage time "
                        + Long.toUnsignedString(placed.storageTime()) + " is not after the stored "
                        + Long.toUnsignedString(old.data().storageTime()) + " of kind " + kind.id());
            }
            values.put(slot, StoredValue.received(placed, now, replica));
        }
        if (values.size() > kind.maxCount()) {
            throw StorageException.tooLarge(values.size() + " values are over max-count " + kind.maxCount()
                    + " of kind " + kind.id());
        }
        return new StoredKind(generation, values);
    }

    /** Error_Data_Too_Large for an array index at or past max-count. */
    static StorageException arrayTooLong(KindDefinition kind, long index) {
        return StorageException.tooLarge("array index " + index + " is past max-count " + kind.maxCount()
                + " of kind " + kind.id());
    }

    /** The value with an appended array entry given its index: one past the last stored entry. */
    private static StoredData place(KindDefinition kind, StoredData data, TreeMap<SlotKey, StoredValue> values)
            throws StorageException {
        if (!(data.value() instanceof StoredDataValue.ArrayEntry entry) || entry.index() != APPEND) {
            return data;
        }
        long index = values.isEmpty() ? 0 : values.lastKey().index() + 1;
        if (index >= kind.maxCount()) {
            throw arrayTooLong(kind, index);
        }
        return new StoredData(data.storageTime(), data.lifetime(), new StoredDataValue.ArrayEntry(index, entry.value()),
                data.signature());
    }

    private static boolean supersedes(StoredData sent, StoredData stored, boolean replica) {
        int order = Long.compareUnsigned(sent.storageTime(), stored.storageTime());
        return order > 0 || replica && order == 0 && sent.value().equals(stored.value())
                && sent.signature().equals(stored.signature());
    }
}

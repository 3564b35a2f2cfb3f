package org.reloadj.core.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.storage.ArrayRange;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataSpecifier;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * The values a StoredDataSpecifier asks for (RFC 6940, 7.4.2.1), shared by Fetch and Stat (7.4.3.1).
 *
 * <ul>
 * <li>A specifier whose generation is not 0 and equals the stored generation counter gets no values.
 * <li>Single value: the value, or a nonexistent one.
 * <li>Array: each range in the order asked, first to last inclusive; 0xffffffff as last means the
 *     final element. First after last, or overlapping ranges, are Error_Invalid_Message. Indices in
 *     gaps come back nonexistent (7.2.2); a range is cut at the final element, as no value is known
 *     past it.
 * <li>Dictionary: the keys asked, each once, nonexistent where not stored; no keys: every entry.
 * </ul>
 * A nonexistent value the peer has no knowledge of is synthesized with exists False, storage time
 * and lifetime 0, and the empty signature of 7.4.2.2 (identity none, algorithms {0, 0}). Stored
 * values are answered with the lifetime they have left.
 */
final class ValueSelector {
    private ValueSelector() {
    }

    /**
     * The values of {@code live} (the unexpired values of the kind, of data model {@code model})
     * that {@code spec} asks for, at {@code now}.
     *
     * @throws StorageException Error_Invalid_Message for a specifier of another data model or bad ranges
     */
    static List<StoredData> select(StoredDataSpecifier spec, DataModel model, StoredKind live, long now)
            throws StorageException {
        ModelSpecifier specifier = spec.specifier();
        if (specifier.model() != model) {
            throw StorageException.invalid("kind " + spec.kind() + " is " + model.rfcName() + ", not "
                    + specifier.model().rfcName());
        }
        if (spec.generation() != 0 && spec.generation() == live.generation()) {
            return List.of();
        }
        if (specifier instanceof ModelSpecifier.ArrayRanges ranges) {
            return array(ranges.indices(), live, now);
        }
        if (specifier instanceof ModelSpecifier.DictionaryKeys keys) {
            return dictionary(keys.keys(), live, now);
        }
        return List.of(valueAt(SlotKey.SINGLE, model, live, now));
    }

    private static List<StoredData> array(List<ArrayRange> ranges, StoredKind live, long now) throws StorageException {
        checkRanges(ranges);
        long lastIndex = live.isEmpty() ? -1 : live.values().lastKey().index();
        List<StoredData> result = new ArrayList<>();
        for (ArrayRange range : ranges) {
            long last = Math.min(Integer.toUnsignedLong(range.last()), lastIndex);
            for (long i = Integer.toUnsignedLong(range.first()); i <= last; i++) {
                result.add(valueAt(SlotKey.index(i), DataModel.ARRAY, live, now));
            }
        }
        return result;
    }

    /** First at most last, and no two ranges sharing an index (7.4.2.1); indices are unsigned. */
    private static void checkRanges(List<ArrayRange> ranges) throws StorageException {
        List<ArrayRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(r -> Integer.toUnsignedLong(r.first())));
        long previousLast = -1;
        for (ArrayRange r : sorted) {
            long first = Integer.toUnsignedLong(r.first());
            long last = Integer.toUnsignedLong(r.last());
            if (first > last) {
                throw StorageException.invalid("array range " + first + ".." + last + " ends before it starts");
            }
            if (first <= previousLast) {
                throw StorageException.invalid("array ranges overlap at index " + first);
            }
            previousLast = last;
        }
    }

    private static List<StoredData> dictionary(List<Opaque> keys, StoredKind live, long now) {
        if (keys.isEmpty()) {
            return live.asOf(now);
        }
        List<StoredData> result = new ArrayList<>();
        for (Opaque key : new LinkedHashSet<>(keys)) {
            result.add(valueAt(SlotKey.key(key), DataModel.DICTIONARY, live, now));
        }
        return result;
    }

    private static StoredData valueAt(SlotKey slot, DataModel model, StoredKind live, long now) {
        return live.get(slot).map(v -> v.asOf(now)).orElseGet(() -> nonexistent(slot, model));
    }

    /** The synthetic value of 7.4.2.2 for a slot the peer knows nothing of. */
    static StoredData nonexistent(SlotKey slot, DataModel model) {
        DataValue absent = DataValue.absent();
        StoredDataValue value = switch (model) {
            case ARRAY -> new StoredDataValue.ArrayEntry(slot.index(), absent);
            case DICTIONARY -> new StoredDataValue.DictionaryEntry(slot.key(), absent);
            default -> new StoredDataValue.SingleValue(absent);
        };
        return new StoredData(0, 0, value, Signature.unsigned());
    }
}

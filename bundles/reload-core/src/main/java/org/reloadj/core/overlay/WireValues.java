package org.reloadj.core.overlay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.overlay.KindMetadata;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.storage.ArrayRange;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.MetaData;
import org.reloadj.wire.storage.MetaDataValue;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;
import org.reloadj.wire.storage.StoredMetaData;

/**
 * Between the application API's types and the structures on the wire (RFC 6940, 7.2, 7.4.2.1 and
 * 7.4.3.2): a {@link Slot} and its value become the StoredDataValue arm of their data model, a
 * {@link Query} the model_specifier of its kind, and stored data and metadata come back as
 * {@link StoredValue} and {@link KindMetadata.Entry}. Storage times are milliseconds since the
 * epoch and lifetimes seconds (7).
 */
final class WireValues {
    private WireValues() {
    }

    /** The StoredDataValue of {@code value}: the arm its slot names. */
    static StoredDataValue toWire(StoredValue value) {
        DataValue data = value.exists() ? DataValue.of(value.value()) : DataValue.absent();
        Slot slot = value.slot();
        if (slot instanceof Slot.Index index) {
            return new StoredDataValue.ArrayEntry(index.index(), data);
        }
        if (slot instanceof Slot.Key key) {
            return new StoredDataValue.DictionaryEntry(key.key(), data);
        }
        return new StoredDataValue.SingleValue(data);
    }

    /** A fetched value, signed by {@code signer} (empty for one the peer synthesized). */
    static StoredValue fromWire(StoredData data, Optional<StoredValue.Signer> signer) {
        DataValue value = data.value().value();
        return new StoredValue(slotOf(data.value()), value.exists(), value.value(),
                Instant.ofEpochMilli(data.storageTime()), Duration.ofSeconds(data.lifetime()), signer);
    }

    /** The metadata of one value of a StatAns. */
    static KindMetadata.Entry fromWire(StoredMetaData data) {
        MetaDataValue meta = data.metadata();
        MetaData m = meta.metaData();
        Slot slot;
        if (meta instanceof MetaDataValue.ArrayMeta a) {
            slot = new Slot.Index(a.index());
        } else if (meta instanceof MetaDataValue.DictionaryMeta d) {
            slot = new Slot.Key(d.key());
        } else {
            slot = Slot.SINGLE;
        }
        return new KindMetadata.Entry(slot, m.exists(), m.valueLength(), m.hashAlgorithm(), m.hashValue(),
                Instant.ofEpochMilli(data.storageTime()), Duration.ofSeconds(data.lifetime()));
    }

    /**
     * The data model a query asks in when the node does not know the kind: index ranges ask an
     * array, keys a dictionary, nothing a single value.
     */
    static DataModel impliedModel(Query query) {
        if (!query.ranges().isEmpty()) {
            return DataModel.ARRAY;
        }
        return query.keys().isEmpty() ? DataModel.SINGLE_VALUE : DataModel.DICTIONARY;
    }

    /**
     * The model_specifier of {@code query} for a kind of {@code model} (7.4.2.1): an array query
     * without ranges asks for the whole array, a dictionary query without keys for every entry.
     */
    static ModelSpecifier specifier(Query query, DataModel model) {
        switch (model) {
            case ARRAY:
                List<ArrayRange> ranges = query.ranges().isEmpty()
                        ? List.of(new ArrayRange(0, ArrayRange.LAST))
                        : query.ranges().stream().map(r -> new ArrayRange((int) r.first(), (int) r.last())).toList();
                return new ModelSpecifier.ArrayRanges(ranges);
            case DICTIONARY:
                return new ModelSpecifier.DictionaryKeys(query.keys());
            default:
                return new ModelSpecifier.SingleValue();
        }
    }

    private static Slot slotOf(StoredDataValue value) {
        if (value instanceof StoredDataValue.ArrayEntry a) {
            return new Slot.Index(a.index());
        }
        if (value instanceof StoredDataValue.DictionaryEntry d) {
            return new Slot.Key(d.key());
        }
        return Slot.SINGLE;
    }
}

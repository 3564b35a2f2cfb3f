package org.reloadj.wire.storage;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The value of a StoredData (RFC 6940, 7.2): one arm per data model. The model is not on the
 * wire; it comes from the kind, so decoding needs it.
 */
public sealed interface StoredDataValue {

    /** The data model of this arm. */
    DataModel model();

    /** The value this entry holds. */
    DataValue value();

    /** Writes this entry. */
    void encode(WireWriter w);

    /**
     * Reads the arm of {@code model}.
     *
     * @throws WireException Error_Unknown_Kind for a model without a structure here (EXP-DATA),
     *                       Error_Invalid_Message for bad bytes
     */
    static StoredDataValue decode(WireReader r, DataModel model) throws WireException {
        return StorageFields.readArm(r, model, DataValue::decode, SingleValue::new, ArrayEntry::new,
                DictionaryEntry::new);
    }

    /**
     * A single-value entry (7.2.1).
     *
     * @param value the value
     */
    record SingleValue(DataValue value) implements StoredDataValue {
        /** Checks the value is present. */
        public SingleValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public DataModel model() {
            return DataModel.SINGLE_VALUE;
        }

        @Override
        public void encode(WireWriter w) {
            value.encode(w);
        }
    }

    /**
     * An array entry (7.2.2); index 0xffffffff in a Store appends.
     *
     * @param index the uint32 index, zero based
     * @param value the value
     */
    record ArrayEntry(long index, DataValue value) implements StoredDataValue {
        /** Checks the index is a uint32. */
        public ArrayEntry {
            StorageFields.checkUint32(index, "array index");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public DataModel model() {
            return DataModel.ARRAY;
        }

        @Override
        public void encode(WireWriter w) {
            w.writeUint32(index);
            value.encode(w);
        }
    }

    /**
     * A dictionary entry (7.2.3).
     *
     * @param key   the key, {@code opaque DictionaryKey<0..2^16-1>}
     * @param value the value
     */
    record DictionaryEntry(Opaque key, DataValue value) implements StoredDataValue {
        /** Checks the key fits its length. */
        public DictionaryEntry {
            StorageFields.checkKey(key);
            Objects.requireNonNull(value, "value");
        }

        @Override
        public DataModel model() {
            return DataModel.DICTIONARY;
        }

        @Override
        public void encode(WireWriter w) {
            w.writeOpaque(2, key, "dictionary key");
            value.encode(w);
        }
    }
}

package org.reloadj.wire.storage;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The metadata of a stored value (RFC 6940, 7.4.3.2): the arms of {@link StoredDataValue} (7.2)
 * with MetaData in place of DataValue. The data model comes from the kind.
 */
public sealed interface MetaDataValue {

    /** The data model of this arm. */
    DataModel model();

    /** The metadata this entry holds. */
    MetaData metaData();

    /** Writes this entry. */
    void encode(WireWriter w);

    /**
     * Reads the arm of {@code model}.
     *
     * @throws WireException Error_Unknown_Kind for a model without a structure here (EXP-DATA),
     *                       Error_Invalid_Message for bad bytes
     */
    static MetaDataValue decode(WireReader r, DataModel model) throws WireException {
        return StorageFields.readArm(r, model, MetaData::decode, SingleMeta::new, ArrayMeta::new, DictionaryMeta::new);
    }

    /**
     * The metadata of a single value ({@code single_value_entry}).
     *
     * @param metaData the metadata
     */
    record SingleMeta(MetaData metaData) implements MetaDataValue {
        /** Checks the metadata is present. */
        public SingleMeta {
            Objects.requireNonNull(metaData, "metaData");
        }

        @Override
        public DataModel model() {
            return DataModel.SINGLE_VALUE;
        }

        @Override
        public void encode(WireWriter w) {
            metaData.encode(w);
        }
    }

    /**
     * The metadata of an array entry ({@code ArrayEntryMeta}).
     *
     * @param index    the uint32 index
     * @param metaData the metadata
     */
    record ArrayMeta(long index, MetaData metaData) implements MetaDataValue {
        /** Checks the index is a uint32. */
        public ArrayMeta {
            StorageFields.checkUint32(index, "array index");
            Objects.requireNonNull(metaData, "metaData");
        }

        @Override
        public DataModel model() {
            return DataModel.ARRAY;
        }

        @Override
        public void encode(WireWriter w) {
            w.writeUint32(index);
            metaData.encode(w);
        }
    }

    /**
     * The metadata of a dictionary entry ({@code DictionaryEntryMeta}).
     *
     * @param key      the key, {@code opaque DictionaryKey<0..2^16-1>}
     * @param metaData the metadata
     */
    record DictionaryMeta(Opaque key, MetaData metaData) implements MetaDataValue {
        /** Checks the key fits its length. */
        public DictionaryMeta {
            StorageFields.checkKey(key);
            Objects.requireNonNull(metaData, "metaData");
        }

        @Override
        public DataModel model() {
            return DataModel.DICTIONARY;
        }

        @Override
        public void encode(WireWriter w) {
            w.writeOpaque(2, key, "dictionary key");
            metaData.encode(w);
        }
    }
}

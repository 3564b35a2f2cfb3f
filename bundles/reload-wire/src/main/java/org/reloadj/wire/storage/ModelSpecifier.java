package org.reloadj.wire.storage;

import java.util.List;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The {@code model_specifier} of a StoredDataSpecifier (RFC 6940, 7.4.2.1): what to fetch within
 * the kind's data model. Empty for a single value, index ranges for an array, keys for a
 * dictionary (no keys: every entry).
 */
public sealed interface ModelSpecifier {

    /** The data model this specifier is for. */
    DataModel model();

    /** Writes the specifier's bytes (without the uint16 length in front). */
    void encode(WireWriter w);

    /**
     * Reads the specifier of {@code model} from {@code r}; the caller checks that it used all
     * the bytes of the specifier's length.
     *
     * @throws WireException Error_Unknown_Kind for a model without a structure here (EXP-DATA)
     */
    static ModelSpecifier decode(WireReader r, DataModel model) throws WireException {
        return switch (model) {
            case SINGLE_VALUE -> new SingleValue();
            case ARRAY -> new ArrayRanges(Vectors.read(r, 2, "indices", ArrayRange::decode));
            case DICTIONARY -> new DictionaryKeys(Vectors.read(r, 2, "keys", k -> k.readOpaque(2, "dictionary key")));
            default -> throw StorageFields.unsupported(model);
        };
    }

    /** The empty specifier of a single value. */
    record SingleValue() implements ModelSpecifier {
        @Override
        public DataModel model() {
            return DataModel.SINGLE_VALUE;
        }

        @Override
        public void encode(WireWriter w) {
            // empty by definition (7.4.2.1)
        }
    }

    /**
     * The ranges of an array, {@code ArrayRange indices<0..2^16-1>}.
     *
     * @param indices the ranges
     */
    record ArrayRanges(List<ArrayRange> indices) implements ModelSpecifier {
        /** Copies the list. */
        public ArrayRanges {
            indices = List.copyOf(indices);
        }

        @Override
        public DataModel model() {
            return DataModel.ARRAY;
        }

        @Override
        public void encode(WireWriter w) {
            Vectors.write(w, 2, "indices", indices, ArrayRange::encode);
        }
    }

    /**
     * The keys of a dictionary, {@code DictionaryKey keys<0..2^16-1>}; none means all.
     *
     * @param keys the keys, each {@code opaque<0..2^16-1>}
     */
    record DictionaryKeys(List<Opaque> keys) implements ModelSpecifier {
        /** Copies the list and checks each key fits its length. */
        public DictionaryKeys {
            keys = List.copyOf(keys);
            keys.forEach(StorageFields::checkKey);
        }

        @Override
        public DataModel model() {
            return DataModel.DICTIONARY;
        }

        @Override
        public void encode(WireWriter w) {
            Vectors.write(w, 2, "keys", keys, (k, out) -> out.writeOpaque(2, k, "dictionary key"));
        }
    }
}

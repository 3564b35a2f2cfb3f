package org.reloadj.wire.storage;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/** Checks, failures and the model arms shared by the storage structures (RFC 6940, 7). */
final class StorageFields {
    private StorageFields() {
    }

    /** Reads what follows the storage time and lifetime of a StoredData or StoredMetaData. */
    @FunctionalInterface
    interface StoredRest<T> {
        /** Reads the rest of the structure from {@code body} and builds it. */
        T read(WireReader body, long storageTime, long lifetime) throws WireException;
    }

    /**
     * Reads the frame that StoredData (7) and StoredMetaData (7.4.3.2) share: a uint32 length of
     * the rest of the structure, the uint64 storage time and the uint32 lifetime, then what
     * {@code rest} reads. The length must cover the structure exactly: more or fewer bytes than
     * the fields use is Error_Invalid_Message.
     */
    static <T> T readStored(WireReader r, String what, StoredRest<T> rest) throws WireException {
        WireReader body = r.readVector(4, what);
        long storageTime = body.readInt64("storage_time");
        long lifetime = body.readUint32("lifetime");
        T value = rest.read(body, storageTime, lifetime);
        body.assertFinished(what);
        return value;
    }

    /** Writes the frame of {@link #readStored}, its length computed, with {@code rest} inside. */
    static void writeStored(WireWriter w, String what, long storageTime, long lifetime, Consumer<WireWriter> rest) {
        int at = w.beginLength(4);
        w.writeInt64(storageTime).writeUint32(lifetime);
        rest.accept(w);
        w.endLength(at, 4, what);
    }

    /**
     * Reads the arm that {@code model} selects in a StoredDataValue (7.2) or a MetaDataValue
     * (7.4.3.2), which differ only in what the arms hold: a bare value, a uint32 index and a
     * value, or a 16-bit-length key and a value. {@code value} reads the DataValue or MetaData.
     *
     * @throws WireException Error_Unknown_Kind when the model has no structure here
     */
    static <V, T> T readArm(WireReader r, DataModel model, Vectors.ItemReader<V> value, Function<V, T> single,
            BiFunction<Long, V, T> array, BiFunction<Opaque, V, T> dictionary) throws WireException {
        return switch (model) {
            case SINGLE_VALUE -> single.apply(value.read(r));
            case ARRAY -> array.apply(r.readUint32("array index"), value.read(r));
            case DICTIONARY -> dictionary.apply(r.readOpaque(2, "dictionary key"), value.read(r));
            default -> throw unsupported(model);
        };
    }

    /**
     * The failure for a data model without a structure this implementation can read (EXP-DATA,
     * 14.7): the kind is not supported, which 7.4.1.1 answers with Error_Unknown_Kind.
     */
    static WireException unsupported(DataModel model) {
        return new WireException(ErrorCode.ERROR_UNKNOWN_KIND,
                "data model " + model.rfcName() + " has no structure this implementation reads");
    }

    /** Checks a dictionary key fits {@code opaque DictionaryKey<0..2^16-1>} (7.2.3). */
    static void checkKey(Opaque key) {
        if (key.length() > 0xFFFF) {
            throw new IllegalArgumentException("a dictionary key has at most 65535 bytes: " + key.length());
        }
    }

    /** Checks a uint32 field. */
    static void checkUint32(long v, String what) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " is a uint32: " + v);
        }
    }
}

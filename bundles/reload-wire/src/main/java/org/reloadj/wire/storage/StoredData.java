package org.reloadj.wire.storage;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.Signature;

/**
 * The unit of stored data (RFC 6940, 7): a uint32 length of the rest of the structure, the
 * storage time, the lifetime, the value and its signature (7.1).
 *
 * @param storageTime milliseconds since 1970-01-01 UTC, a uint64 kept as its bits
 * @param lifetime    seconds of validity, a uint32
 * @param value       the value, in the arm of the kind's data model (7.2)
 * @param signature   the signature over resource, kind, storage time, value and signer (7.1)
 */
public record StoredData(long storageTime, long lifetime, StoredDataValue value, Signature signature) {
    /** Checks the lifetime fits and the parts are present. */
    public StoredData {
        StorageFields.checkUint32(lifetime, "lifetime");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * Reads a StoredData whose value is in the arm of {@code model}. The length must cover the
     * structure exactly: more or fewer bytes than the fields use is Error_Invalid_Message.
     */
    public static StoredData decode(WireReader r, DataModel model) throws WireException {
        return StorageFields.readStored(r, "StoredData", (body, storageTime, lifetime) -> {
            StoredDataValue value = StoredDataValue.decode(body, model);
            return new StoredData(storageTime, lifetime, value, Signature.decode(body));
        });
    }

    /**
     * Reads {@code StoredData values<0..2^32-1>} of {@code kind}.
     *
     * @throws WireException Error_Unknown_Kind when the context does not know the kind
     */
    static List<StoredData> decodeVector(WireReader r, WireContext ctx, KindId kind) throws WireException {
        DataModel model = ctx.modelOf(kind);
        return Vectors.read(r, 4, "values", v -> decode(v, model));
    }

    /** Writes {@code StoredData values<0..2^32-1>}. */
    static void encodeVector(WireWriter w, List<StoredData> values) {
        Vectors.write(w, 4, "values", values, StoredData::encode);
    }

    /** Writes this StoredData, its length computed. */
    public void encode(WireWriter w) {
        StorageFields.writeStored(w, "StoredData", storageTime, lifetime, out -> {
            value.encode(out);
            signature.encode(out);
        });
    }
}

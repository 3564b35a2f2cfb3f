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

/**
 * The metadata of a stored value in a StatAns (RFC 6940, 7.4.3.2): "the same as the
 * corresponding fields in StoredData, except that there is no signature field and the value is
 * a MetaDataValue". Its first uint32 (named {@code value_length} in the RFC's struct) therefore
 * corresponds to StoredData's {@code length}: the size in bytes of the rest of the structure
 * (storage time, lifetime and metadata), not counting the length itself. It is computed when
 * encoding and checked when decoding, as Wireshark's RELOAD dissector reads it. The length of
 * the stored value itself is in {@link MetaData#valueLength()}.
 *
 * @param storageTime milliseconds since 1970-01-01 UTC, a uint64 kept as its bits
 * @param lifetime    seconds of validity, a uint32
 * @param metadata    the metadata, in the arm of the kind's data model
 */
public record StoredMetaData(long storageTime, long lifetime, MetaDataValue metadata) {
    /** Checks the lifetime fits and the metadata is present. */
    public StoredMetaData {
        StorageFields.checkUint32(lifetime, "lifetime");
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * Reads a StoredMetaData whose metadata is in the arm of {@code model}. The length must cover
     * the structure exactly: more or fewer bytes than the fields use is Error_Invalid_Message.
     */
    public static StoredMetaData decode(WireReader r, DataModel model) throws WireException {
        return StorageFields.readStored(r, "StoredMetaData", (body, storageTime, lifetime) ->
                new StoredMetaData(storageTime, lifetime, MetaDataValue.decode(body, model)));
    }

    /**
     * Reads {@code StoredMetaData values<0..2^32-1>} of {@code kind}.
     *
     * @throws WireException Error_Unknown_Kind when the context does not know the kind
     */
    static List<StoredMetaData> decodeVector(WireReader r, WireContext ctx, KindId kind) throws WireException {
        DataModel model = ctx.modelOf(kind);
        return Vectors.read(r, 4, "values", v -> decode(v, model));
    }

    /** Writes this StoredMetaData, its length computed. */
    public void encode(WireWriter w) {
        StorageFields.writeStored(w, "StoredMetaData", storageTime, lifetime, metadata::encode);
    }
}

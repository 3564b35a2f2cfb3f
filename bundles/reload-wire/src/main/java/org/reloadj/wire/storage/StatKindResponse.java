package org.reloadj.wire.storage;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The metadata of one kind in a StatAns (RFC 6940, 7.4.3.2): a FetchKindResponse with
 * StoredMetaData in place of StoredData.
 *
 * @param kind       the Kind-ID
 * @param generation the stored generation counter, a uint64 as its bits
 * @param values     the metadata, {@code StoredMetaData values<0..2^32-1>}
 */
public record StatKindResponse(KindId kind, long generation, List<StoredMetaData> values) {
    /** Checks the kind is present and copies the list. */
    public StatKindResponse {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
    }

    /**
     * Reads a StatKindResponse; the metadata is read in the data model of the kind.
     *
     * @throws WireException Error_Unknown_Kind when the context does not know the kind
     */
    public static StatKindResponse decode(WireReader r, WireContext ctx) throws WireException {
        return PerKind.read(r, (v, kind) -> StoredMetaData.decodeVector(v, ctx, kind), StatKindResponse::new);
    }

    /** Writes this StatKindResponse. */
    public void encode(WireWriter w) {
        PerKind.writeHead(w, kind, generation);
        Vectors.write(w, 4, "values", values, StoredMetaData::encode);
    }
}

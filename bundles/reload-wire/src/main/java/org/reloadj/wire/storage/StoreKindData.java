package org.reloadj.wire.storage;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The values of one kind in a StoreReq (RFC 6940, 7.4.1.1).
 *
 * @param kind              the Kind-ID
 * @param generationCounter the generation counter the storing node expects, a uint64 as its bits
 * @param values            the values to store, {@code StoredData values<0..2^32-1>}
 */
public record StoreKindData(KindId kind, long generationCounter, List<StoredData> values) {
    /** Checks the kind is present and copies the list. */
    public StoreKindData {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
    }

    /**
     * Reads a StoreKindData; the values are read in the data model of the kind.
     *
     * @throws WireException Error_Unknown_Kind when the context does not know the kind
     */
    public static StoreKindData decode(WireReader r, WireContext ctx) throws WireException {
        return PerKind.read(r, (v, kind) -> StoredData.decodeVector(v, ctx, kind), StoreKindData::new);
    }

    /** Writes this StoreKindData. */
    public void encode(WireWriter w) {
        PerKind.writeHead(w, kind, generationCounter);
        StoredData.encodeVector(w, values);
    }
}

package org.reloadj.wire.storage;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The values of one kind in a FetchAns (RFC 6940, 7.4.2.2). No values when the request's
 * generation matched the stored one.
 *
 * @param kind       the Kind-ID
 * @param generation the stored generation counter, a uint64 as its bits
 * @param values     the values, {@code StoredData values<0..2^32-1>}
 */
public record FetchKindResponse(KindId kind, long generation, List<StoredData> values) {
    /** Checks the kind is present and copies the list. */
    public FetchKindResponse {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
    }

    /**
     * Reads a FetchKindResponse; the values are read in the data model of the kind.
     *
     * @throws WireException Error_Unknown_Kind when the context does not know the kind
     */
    public static FetchKindResponse decode(WireReader r, WireContext ctx) throws WireException {
        return PerKind.read(r, (v, kind) -> StoredData.decodeVector(v, ctx, kind), FetchKindResponse::new);
    }

    /** Writes this FetchKindResponse. */
    public void encode(WireWriter w) {
        PerKind.writeHead(w, kind, generation);
        StoredData.encodeVector(w, values);
    }
}

package org.reloadj.wire.body;

import java.util.List;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.storage.FetchKindResponse;

/**
 * A Fetch answer (RFC 6940, 7.4.2.2): the values of each kind asked for.
 *
 * @param kindResponses one per kind, {@code FetchKindResponse kind_responses<0..2^32-1>}
 */
public record FetchAns(List<FetchKindResponse> kindResponses) implements MessageBody {
    /** Copies the list. */
    public FetchAns {
        kindResponses = List.copyOf(kindResponses);
    }

    /**
     * Reads the whole body of a FetchAns; the values of each kind are read in its data model.
     *
     * @throws WireException Error_Unknown_Kind for a kind the context does not know
     */
    public static FetchAns decode(WireReader r, WireContext ctx) throws WireException {
        return new FetchAns(StorageParts.readWhole(r, 4, "kind_responses", v -> FetchKindResponse.decode(v, ctx)));
    }

    @Override
    public int messageCode() {
        return MessageCode.FETCH_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        Vectors.write(w, 4, "kind_responses", kindResponses, FetchKindResponse::encode);
    }
}

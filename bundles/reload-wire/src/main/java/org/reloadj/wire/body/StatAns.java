package org.reloadj.wire.body;

import java.util.List;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.storage.StatKindResponse;

/**
 * A Stat answer (RFC 6940, 7.4.3.2): the metadata of each kind asked for.
 *
 * @param kindResponses one per kind, {@code StatKindResponse kind_responses<0..2^32-1>}
 */
public record StatAns(List<StatKindResponse> kindResponses) implements MessageBody {
    /** Copies the list. */
    public StatAns {
        kindResponses = List.copyOf(kindResponses);
    }

    /**
     * Reads the whole body of a StatAns; the metadata of each kind is read in its data model.
     *
     * @throws WireException Error_Unknown_Kind for a kind the context does not know
     */
    public static StatAns decode(WireReader r, WireContext ctx) throws WireException {
        return new StatAns(StorageParts.readWhole(r, 4, "kind_responses", v -> StatKindResponse.decode(v, ctx)));
    }

    @Override
    public int messageCode() {
        return MessageCode.STAT_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        Vectors.write(w, 4, "kind_responses", kindResponses, StatKindResponse::encode);
    }
}

package org.reloadj.wire.body;

import java.util.List;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.storage.StoreKindResponse;

/**
 * A Store answer (RFC 6940, 7.4.1.2): for each kind, the generation counter now stored and the
 * replicas. Also the error_info of Error_Generation_Counter_Too_Low.
 *
 * @param kindResponses one per kind, {@code StoreKindResponse kind_responses<0..2^16-1>}
 */
public record StoreAns(List<StoreKindResponse> kindResponses) implements MessageBody {
    /** Copies the list. */
    public StoreAns {
        kindResponses = List.copyOf(kindResponses);
    }

    /** Reads the whole body of a StoreAns. */
    public static StoreAns decode(WireReader r, WireContext ctx) throws WireException {
        return new StoreAns(StorageParts.readWhole(r, 2, "kind_responses", v -> StoreKindResponse.decode(v, ctx)));
    }

    @Override
    public int messageCode() {
        return MessageCode.STORE_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        Vectors.write(w, 2, "kind_responses", kindResponses, StoreKindResponse::encode);
    }
}

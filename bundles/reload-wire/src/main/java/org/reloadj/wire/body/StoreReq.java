package org.reloadj.wire.body;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireIds;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.storage.StoreKindData;

/**
 * A Store request (RFC 6940, 7.4.1.1): values of one or more kinds to store at one resource.
 *
 * <p>"The same Kind-ID MUST NOT be used twice in a given store request": that depends on the
 * bytes alone, so the codec enforces it; a repeated kind is Error_Invalid_Message, and the
 * constructor refuses one too.
 *
 * @param resource      the Resource-ID to store at
 * @param replicaNumber 0 for an original store, the replica's number otherwise; a uint8
 * @param kindData      the values of each kind, {@code StoreKindData kind_data<0..2^32-1>}
 */
public record StoreReq(ResourceId resource, int replicaNumber, List<StoreKindData> kindData) implements MessageBody {
    /** Checks the fields fit and no kind appears twice. */
    public StoreReq {
        Objects.requireNonNull(resource, "resource");
        if (replicaNumber < 0 || replicaNumber > 255) {
            throw new IllegalArgumentException("replica_number is a uint8: " + replicaNumber);
        }
        kindData = List.copyOf(kindData);
        StorageParts.requireDistinct(kinds(kindData), "StoreReq");
    }

    /**
     * Reads the whole body of a StoreReq; the values of each kind are read in its data model.
     *
     * @throws WireException Error_Unknown_Kind for a kind the context does not know,
     *                       Error_Invalid_Message for bad bytes or a repeated kind
     */
    public static StoreReq decode(WireReader r, WireContext ctx) throws WireException {
        ResourceId resource = WireIds.readResourceId(r, "resource");
        int replicaNumber = r.readUint8("replica_number");
        List<StoreKindData> data = StorageParts.readWhole(r, 4, "kind_data", v -> StoreKindData.decode(v, ctx));
        StorageParts.checkDistinct(kinds(data), "StoreReq");
        return new StoreReq(resource, replicaNumber, data);
    }

    private static List<KindId> kinds(List<StoreKindData> data) {
        return data.stream().map(StoreKindData::kind).toList();
    }

    @Override
    public int messageCode() {
        return MessageCode.STORE_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        WireIds.writeResourceId(w, resource);
        w.writeUint8(replicaNumber);
        Vectors.write(w, 4, "kind_data", kindData, StoreKindData::encode);
    }
}

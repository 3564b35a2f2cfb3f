package org.reloadj.core.peer;

import java.util.ArrayList;
import java.util.List;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireIds;
import org.reloadj.wire.io.WireReader;

/**
 * The Kind-IDs of a storage request, read without parsing the values, whose layout depends on each
 * kind's data model. The codec stops at the first kind it cannot parse; RFC 6940, 7.4.1.2 wants
 * Error_Unknown_Kind to list every unknown kind of the request, which this reading gives.
 */
final class RequestKinds {
    private RequestKinds() {
    }

    /** The kinds of a StoreReq: {@code resource, replica_number, StoreKindData kind_data<0..2^32-1>}. */
    static List<KindId> ofStore(Opaque body) throws WireException {
        WireReader r = WireReader.of(body);
        WireIds.readResourceId(r, "resource");
        r.readUint8("replica_number");
        return perKind(r.readVector(4, "kind_data"), 4);
    }

    /**
     * The kinds of a FetchReq or StatReq: {@code resource, StoredDataSpecifier specifiers<0..2^16-1>}.
     */
    static List<KindId> ofSpecifiers(Opaque body) throws WireException {
        WireReader r = WireReader.of(body);
        WireIds.readResourceId(r, "resource");
        return perKind(r.readVector(2, "specifiers"), 2);
    }

    /** Each entry is a Kind-ID, a uint64 generation, and a vector with a length of {@code restLength} bytes. */
    private static List<KindId> perKind(WireReader entries, int restLength) throws WireException {
        List<KindId> kinds = new ArrayList<>();
        while (!entries.isFinished()) {
            kinds.add(WireIds.readKind(entries, "kind"));
            entries.readInt64("generation");
            entries.readVector(restLength, "values");
        }
        return kinds;
    }
}

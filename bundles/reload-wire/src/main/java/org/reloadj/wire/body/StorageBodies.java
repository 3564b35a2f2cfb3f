package org.reloadj.wire.body;

import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;

/**
 * Decodes the bodies of the storage methods (RFC 6940, 7.4): Store, Fetch, Stat and Find,
 * requests and answers.
 */
public final class StorageBodies {
    private StorageBodies() {
    }

    /**
     * Reads the whole body of a storage message.
     *
     * @throws WireException            as the body's decoder does
     * @throws IllegalArgumentException when {@code code} is not a storage method's
     */
    public static MessageBody decode(MessageCode code, WireReader r, WireContext ctx) throws WireException {
        return switch (code) {
            case STORE_REQ -> StoreReq.decode(r, ctx);
            case STORE_ANS -> StoreAns.decode(r, ctx);
            case FETCH_REQ -> FetchReq.decode(r, ctx);
            case FETCH_ANS -> FetchAns.decode(r, ctx);
            case STAT_REQ -> StatReq.decode(r, ctx);
            case STAT_ANS -> StatAns.decode(r, ctx);
            case FIND_REQ -> FindReq.decode(r, ctx);
            case FIND_ANS -> FindAns.decode(r, ctx);
            default -> throw new IllegalArgumentException(code + " is not a storage method's code");
        };
    }
}

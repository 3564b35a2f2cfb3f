package org.reloadj.wire.storage;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.wire.io.NodeIdVectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The outcome of a Store for one kind (RFC 6940, 7.4.1.2): the generation counter now stored
 * and the peers the data is replicated to.
 *
 * @param kind              the Kind-ID
 * @param generationCounter the current generation counter, a uint64 as its bits
 * @param replicas          the replicas, {@code NodeId replicas<0..2^16-1>}, all of the overlay's
 *                          Node-ID length
 */
public record StoreKindResponse(KindId kind, long generationCounter, List<NodeId> replicas) {
    /** Checks the kind is present and copies the list. */
    public StoreKindResponse {
        Objects.requireNonNull(kind, "kind");
        replicas = NodeIdVectors.copyOfOneLength(replicas, "replicas");
    }

    /**
     * Reads a StoreKindResponse; the kind need not be known.
     *
     * @throws WireException Error_Invalid_Message when the replicas are not whole Node-IDs
     */
    public static StoreKindResponse decode(WireReader r, WireContext ctx) throws WireException {
        return PerKind.read(r, (v, kind) -> NodeIdVectors.read(v, ctx, "replicas"), StoreKindResponse::new);
    }

    /** Writes this StoreKindResponse. */
    public void encode(WireWriter w) {
        PerKind.writeHead(w, kind, generationCounter);
        NodeIdVectors.write(w, replicas, "replicas");
    }
}

package org.reloadj.api.overlay;

import java.util.List;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;

/**
 * What a store did to one kind (RFC 6940, 7.4.1.2 StoreKindResponse).
 *
 * @param kind       the kind
 * @param generation its generation counter after the store
 * @param replicas   the peers the data is replicated to
 */
public record StoreResult(KindId kind, long generation, List<NodeId> replicas) {
    /** Copies the list. */
    public StoreResult {
        replicas = List.copyOf(replicas);
    }
}

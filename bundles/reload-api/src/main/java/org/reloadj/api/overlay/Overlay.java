package org.reloadj.api.overlay;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import org.reloadj.api.Identifier;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;

/**
 * One node's access to one overlay (RFC 6940, 5 and 7.4). Every operation is asynchronous; a
 * failure completes the stage with a {@link org.reloadj.api.ReloadException} whose error code is
 * the one the overlay answered (Error_Forbidden, Error_Unknown_Kind, Error_Data_Too_Large, ...)
 * or Error_Request_Timeout.
 */
@ProviderType
public interface Overlay {
    /** The overlay's name (the configuration's instance-name). */
    String overlayName();

    /** This node's Node-ID. */
    NodeId localNodeId();

    /** The Resource-ID of a resource name, as the overlay's topology hashes it (5.2). */
    ResourceId resourceId(Opaque resourceName);

    /**
     * Stores values of one or more kinds at a resource (7.4.1); each value is signed by this
     * node. Completes with the new generation and replica set of each kind.
     */
    CompletionStage<List<StoreResult>> store(ResourceId resource, List<KindValues> values);

    /** Fetches values (7.4.2): one result per query, in order. */
    CompletionStage<List<KindValues>> fetch(ResourceId resource, List<Query> queries);

    /** Fetches the metadata of values (7.4.3): one result per query, in order. */
    CompletionStage<List<KindMetadata>> stat(ResourceId resource, List<Query> queries);

    /**
     * Finds, for each kind, the closest Resource-ID at or after {@code resource} that the
     * responsible peer stores (7.4.4).
     */
    CompletionStage<Map<KindId, ResourceId>> find(ResourceId resource, Set<KindId> kinds);

    /** Pings a node or the peer responsible for a resource (6.5.3). */
    CompletionStage<PingResult> ping(Identifier<?> destination);
}

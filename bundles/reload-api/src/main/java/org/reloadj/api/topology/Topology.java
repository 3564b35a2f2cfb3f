package org.reloadj.api.topology;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;

/**
 * One node's view of the overlay as an algorithm keeps it (RFC 6940, 6.4 and 10): the node's
 * engine asks it where to route, whether the node is responsible, and who holds replicas, and
 * hands it the overlay-management requests. Called from the node's event loop only.
 */
@ConsumerType
public interface Topology {
    /** The Resource-ID of a resource name (RFC 6940, 5.2; CHORD-RELOAD: 10.2). */
    ResourceId resourceId(Opaque resourceName);

    /** Whether this node is responsible for {@code id} (6.1.1). */
    boolean isResponsible(ResourceId id);

    /**
     * The connected peers to forward a message for {@code target} to, best first (6.1.2); more
     * than one asks for parallel forwarding (6.2.1). Empty when there is no route.
     */
    List<NodeId> nextHops(Identifier<?> target);

    /** The peers that hold replicas of data at {@code id}, in replica-number order (7, 10.4). */
    List<NodeId> replicaSet(ResourceId id);

    /** The part of the overlay this node is responsible for, in parts per billion (6.4.2.5). */
    long responsiblePartsPerBillion();

    /** Starts joining through the connected bootstrap or admitting peer (6.4.1, 11.4). */
    void join();

    /** Leaves the overlay (6.4.2.2): tells the neighbours, stops maintenance. */
    void leave();

    /**
     * Handles a JoinReq from {@code joiningPeer} (6.4.2.1); returns the JoinAns's
     * overlay_specific_data.
     */
    Opaque onJoin(NodeId joiningPeer, Opaque overlaySpecificData) throws ReloadException;

    /** Handles a LeaveReq (6.4.2.2). */
    void onLeave(NodeId leavingPeer, Opaque overlaySpecificData) throws ReloadException;

    /** Handles an UpdateReq (6.4.2.3); returns the UpdateAns body. */
    Opaque onUpdate(NodeId sender, Opaque update) throws ReloadException;

    /**
     * Handles a RouteQueryReq for {@code destination} (6.4.2.4); returns the RouteQueryAns body.
     */
    Opaque onRouteQuery(NodeId sender, boolean sendUpdate, Identifier<?> destination, Opaque overlaySpecificData)
            throws ReloadException;

    /** A link to a neighbour came up (after Attach and the link's handshake). */
    void onNeighborUp(NodeId peer);

    /** A link to a neighbour went down. */
    void onNeighborDown(NodeId peer);

    /**
     * {@code peer} sent this node an Attach with send_update set, and the link to it is now up: "it
     * MUST send an Update message back to the sender of the Attach request after completion of the
     * corresponding ICE check and TLS connection" (RFC 6940, 6.4.2.3; AttachReqAns, 6.5.1). The
     * peer may not have joined yet (a joining node attaches to its admitting peer so, 10.5). Only
     * the topology knows what its Update holds; the default, for topologies without Updates, does
     * nothing.
     */
    default void onAttachUpdateRequested(NodeId peer) {
    }

    /**
     * Whether {@code responder} may answer a request this node sent to {@code resource} (6.3.4):
     * it must be "at least as close to that Resource-ID as any node in the requesting node's
     * Neighbor Table", which only the overlay algorithm can judge. The default, for topologies
     * that cannot tell, accepts every responder whose signature verified.
     */
    default boolean mayRespondFor(NodeId responder, ResourceId resource) {
        return true;
    }

    /**
     * Whether {@code sender} is "a plausible node to either have originally stored the value or
     * have been in the replica set" of {@code resource}, so that this node accepts a replica Store
     * from it (7.4.1.1; for CHORD-RELOAD, 10.4). The default accepts a member of this node's
     * replica set of the resource or the node this node would route the resource to.
     */
    default boolean isPlausibleReplicaSource(ResourceId resource, NodeId sender) {
        return replicaSet(resource).contains(sender) || nextHops(resource).contains(sender);
    }

    /**
     * Whether the directly connected {@code node} is a peer of the overlay rather than a client
     * (4.2: "a client is a node that has connected to the overlay, but that has not yet taken steps
     * to insert itself into the overlay topology"); the node refuses client traffic with it when the
     * configuration does not permit clients. The default, for topologies that cannot tell, counts
     * every node as a peer.
     */
    default boolean isPeer(NodeId node) {
        return true;
    }

    /**
     * Whether this node is part of the overlay: it joined (6.4.2.1) and has not left. A node waits
     * for this before it calls itself ready. The default, for topologies without a join
     * procedure, is always joined.
     */
    default boolean isJoined() {
        return true;
    }

    /**
     * The Neighbor Table (1.2.3: the peers this node keeps track of for routing and replication),
     * nearest first where the algorithm has an order; for diagnostics. Default: none known.
     */
    default List<NodeId> neighbors() {
        return List.of();
    }

    /**
     * The other peers of the Routing Table (e.g. CHORD-RELOAD's fingers, 10.3), for diagnostics.
     * Default: none.
     */
    default List<NodeId> fingers() {
        return List.of();
    }
}

package org.reloadj.topology.chord;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reloadj.api.NodeId;

/**
 * The Routing Table (RFC 6940, 10.3): the peers this node is linked to and knows to be peers of
 * the overlay, of which the {@link Neighbors Neighbor Table} and the {@link FingerTable Finger
 * Table} are views. A node enters a peer once it has successfully contacted it (10.5, step 4) or
 * when a linked node shows itself a peer with an Update (10.7); it removes the peer when the link
 * fails or the peer leaves (10.7.1, 10.7.2, 10.9). Linked peers beyond the neighbours and the
 * first peer of each finger range are kept: they are further peers that "can act for a given
 * Finger Table entry" (10.7.4.2).
 */
final class RoutingTable {
    /** The least size of each neighbour list (10.7: "at least three"). */
    static final int MIN_NEIGHBORS = 3;

    private final Ring ring;
    private final NodeId self;
    private final FingerTable fingers;
    private final Set<NodeId> peers = new LinkedHashSet<>();
    private int predecessorCount = MIN_NEIGHBORS;
    private int successorCount = MIN_NEIGHBORS;
    private Neighbors neighbors = Neighbors.EMPTY;

    RoutingTable(Ring ring, NodeId self) {
        this.ring = ring;
        this.self = self;
        this.fingers = new FingerTable(ring, self);
    }

    /** This node's Node-ID. */
    NodeId self() {
        return self;
    }

    /** The ring. */
    Ring ring() {
        return ring;
    }

    /** The finger table's geometry. */
    FingerTable fingerTable() {
        return fingers;
    }

    /** Enters a peer; false when it is this node or already in. */
    boolean add(NodeId peer) {
        if (peer.equals(self) || !peers.add(peer)) {
            return false;
        }
        recompute();
        return true;
    }

    /** Removes a peer; false when it was not in. */
    boolean remove(NodeId peer) {
        if (!peers.remove(peer)) {
            return false;
        }
        recompute();
        return true;
    }

    /** Removes every peer (when the node leaves or starts joining again). */
    void clear() {
        peers.clear();
        recompute();
    }

    /** Whether {@code peer} is in the table. */
    boolean contains(NodeId peer) {
        return peers.contains(peer);
    }

    /** The peers, unmodifiable and live. */
    Set<NodeId> peers() {
        return Collections.unmodifiableSet(peers);
    }

    /** The number of distinct peers (M of RFC 7363, 6.3). */
    int size() {
        return peers.size();
    }

    /** The Neighbor Table. */
    Neighbors neighbors() {
        return neighbors;
    }

    /** The finger table's distinct peers, ascending (10.7). */
    List<NodeId> fingers() {
        return fingers.fingers(peers);
    }

    /**
     * The Neighbor Table as it would be with {@code more} peers entered too (10.7.3: the peers
     * "that should be in x's Neighbor Table").
     */
    Neighbors prospective(Collection<NodeId> more) {
        Set<NodeId> all = new LinkedHashSet<>(peers);
        all.addAll(more);
        return Neighbors.of(ring, self, all, predecessorCount, successorCount);
    }

    /** Sets the neighbour list sizes, each at least three (10.7; RFC 7363, 6.2). */
    void resizeNeighbors(int predecessors, int successors) {
        predecessorCount = Math.max(MIN_NEIGHBORS, predecessors);
        successorCount = Math.max(MIN_NEIGHBORS, successors);
        recompute();
    }

    private void recompute() {
        neighbors = Neighbors.of(ring, self, peers, predecessorCount, successorCount);
    }
}

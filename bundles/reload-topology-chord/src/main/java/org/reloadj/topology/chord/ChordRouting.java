package org.reloadj.topology.chord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;

/**
 * Where messages go (RFC 6940, 10.3), who holds replicas (10.4) and how much of the ring this peer
 * holds (6.4.2.5).
 *
 * <p>The next hop towards k, for a peer not responsible for k:
 * <ol>
 * <li>a node with Node-ID k this node is linked to ("it MUST route the message to that node");</li>
 * <li>when k falls in the range of one of its predecessors, that predecessor: the Neighbor Table
 * says who is responsible there. This goes one hop shorter than the rule below, which would pass
 * the message to the predecessor before k, and it keeps a Store handed over to a new predecessor
 * from bouncing between peers that have not yet heard of it (10.5, step 6). A leaving or left
 * peer's own former range goes to its first successor;</li>
 * <li>otherwise the peer of the Routing Table "that has the largest Node-ID that is in the interval
 * between the peer and k", or when there is none "the smallest Node-ID that is greater than k",
 * both walking clockwise round the ring.</li>
 * </ol>
 * A node that has no peer in its table yet (joining) routes through the nodes it is linked to,
 * among them its bootstrap node (11.4).
 */
final class ChordRouting {
    private final ChordState s;

    ChordRouting(ChordState state) {
        this.s = state;
    }

    /** The next hop towards {@code target}, as a one-element list; empty when there is no route. */
    List<NodeId> nextHops(Identifier<?> target) {
        NodeId self = s.self();
        NodeId exact = s.ring.asNodeId(target);
        if (exact != null && !exact.equals(self)
                && (s.table.contains(exact) || s.context.connectedPeers().contains(exact))) {
            return List.of(exact);
        }
        Collection<NodeId> peers = s.table.peers().isEmpty() ? linkedPeers() : s.table.peers();
        if (peers.isEmpty()) {
            return List.of();
        }
        Optional<NodeId> owner = knownOwner(target);
        if (owner.isPresent()) {
            return List.of(owner.get());
        }
        return List.of(closestPreceding(target, peers));
    }

    private Collection<NodeId> linkedPeers() {
        List<NodeId> linked = new ArrayList<>(s.context.connectedPeers());
        linked.remove(s.self());
        return linked;
    }

    /** The owner of {@code target} per the Neighbor Table, for ranges behind this peer. */
    private Optional<NodeId> knownOwner(Identifier<?> target) {
        Neighbors n = s.table.neighbors();
        List<NodeId> preds = n.predecessors();
        if ((s.phase() == Phase.LEAVING || s.phase() == Phase.LEFT) && !preds.isEmpty() && !n.successors().isEmpty()
                && s.ring.inHalfOpen(target, preds.get(0), s.self())) {
            return n.successor();
        }
        for (int i = 0; i + 1 < preds.size(); i++) {
            if (s.ring.inHalfOpen(target, preds.get(i + 1), preds.get(i))) {
                return Optional.of(preds.get(i));
            }
        }
        return Optional.empty();
    }

    private NodeId closestPreceding(Identifier<?> target, Collection<NodeId> peers) {
        NodeId self = s.self();
        NodeId best = null;
        for (NodeId p : peers) {
            if (!p.equals(self) && s.ring.inOpen(p, self, target)
                    && (best == null || s.ring.compareDistances(self, p, best) > 0)) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        return Collections.min(peers, s.ring.byDistanceFrom(target));
    }

    /**
     * The answer to a RouteQuery (10.8): the peer this one would route a message for
     * {@code destination} to; this peer itself when the message would be delivered here.
     *
     * @throws ReloadException Error_Not_Found when there is no route
     */
    NodeId routeQueryAnswer(Identifier<?> destination) throws ReloadException {
        if (destination.equals(s.self()) || destination instanceof ResourceId && s.isResponsible(destination)) {
            return s.self();
        }
        List<NodeId> hops = nextHops(destination);
        if (hops.isEmpty()) {
            throw new ReloadException(ErrorCode.ERROR_NOT_FOUND, "no route towards " + destination);
        }
        return hops.get(0);
    }

    /**
     * The replica set of data at {@code id} (10.4): the two peers after the responsible one, in
     * replica-number order, as this node knows the ring. For an id this peer is responsible for,
     * its first two successors.
     */
    List<NodeId> replicaSet(ResourceId id) {
        List<NodeId> holders = new ArrayList<>(s.table.peers());
        if (s.phase() == Phase.JOINED) {
            holders.add(s.self());
        }
        holders.sort(s.ring.byDistanceFrom(id));
        return holders.size() <= 1 ? List.of() : List.copyOf(holders.subList(1, Math.min(3, holders.size())));
    }

    /** See {@link ChordTopology#isPlausibleReplicaSource}. */
    boolean isPlausibleReplicaSource(ResourceId resource, NodeId sender) {
        Neighbors n = s.table.neighbors();
        int at = n.predecessors().indexOf(sender);
        if (at == 0 || at == 1) {
            return s.ring.inHalfOpen(resource, predecessorOf(sender), sender);
        }
        return n.successor().filter(sender::equals).isPresent() && s.isResponsible(resource);
    }

    /** The known node just before {@code peer}: the peer's predecessor as this node knows the ring. */
    private NodeId predecessorOf(NodeId peer) {
        List<NodeId> known = new ArrayList<>(s.table.peers());
        known.add(s.self());
        known.remove(peer);
        // the nearest before the peer is the farthest after it
        return known.isEmpty() ? peer : Collections.max(known, s.ring.byDistanceFrom(peer));
    }

    /** See {@link ChordTopology#mayRespondFor}. */
    boolean mayRespondFor(NodeId responder, ResourceId resource) {
        return s.table.neighbors().members().stream()
                .noneMatch(n -> s.ring.compareDistances(resource, n, responder) < 0);
    }

    /** The share of the ring this peer is responsible for, in parts per billion (6.4.2.5). */
    long responsiblePartsPerBillion() {
        if (s.phase() != Phase.JOINED) {
            return 0;
        }
        return s.table.neighbors().predecessor().map(p -> s.ring.partsPerBillion(p, s.self()))
                .orElse(1_000_000_000L);
    }
}

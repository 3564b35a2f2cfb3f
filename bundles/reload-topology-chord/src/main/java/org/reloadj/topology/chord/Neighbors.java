package org.reloadj.topology.chord;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reloadj.api.NodeId;

/**
 * A Neighbor Table (RFC 6940, 10.1 and 10.7): the closest peers before this node (predecessors,
 * nearest first) and after it (successors, nearest first). In a small ring the same peer may be in
 * both lists; this node is in neither (10.7.3).
 *
 * @param predecessors the predecessor set, nearest first
 * @param successors   the successor set, nearest first
 */
record Neighbors(List<NodeId> predecessors, List<NodeId> successors) {
    /** The table of a node that knows no peer. */
    static final Neighbors EMPTY = new Neighbors(List.of(), List.of());

    /** Copies the lists. */
    Neighbors {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
    }

    /**
     * The table {@code self} keeps from the peers it is linked to: the {@code predecessorCount}
     * nearest counter-clockwise and the {@code successorCount} nearest clockwise. This is also how
     * a failed entry is replaced "with the best match it has from the other peers in its Routing
     * Table" (10.7.1).
     */
    static Neighbors of(Ring ring, NodeId self, Collection<NodeId> peers, int predecessorCount,
            int successorCount) {
        List<Placed> placed = new ArrayList<>(peers.size());
        for (NodeId p : peers) {
            if (!p.equals(self)) {
                placed.add(new Placed(p, ring.distance(self, p)));
            }
        }
        placed.sort(Comparator.comparing(Placed::clockwise));
        List<NodeId> successors = new ArrayList<>();
        for (int i = 0; i < placed.size() && i < successorCount; i++) {
            successors.add(placed.get(i).peer());
        }
        List<NodeId> predecessors = new ArrayList<>();
        for (int i = placed.size() - 1; i >= 0 && predecessors.size() < predecessorCount; i--) {
            predecessors.add(placed.get(i).peer());
        }
        return new Neighbors(predecessors, successors);
    }

    /** Whether the table is empty: this node knows no other peer. */
    boolean isEmpty() {
        return successors.isEmpty() && predecessors.isEmpty();
    }

    /** The first predecessor, the end of the range this node is responsible for (10.1). */
    Optional<NodeId> predecessor() {
        return predecessors.isEmpty() ? Optional.empty() : Optional.of(predecessors.get(0));
    }

    /** The first successor. */
    Optional<NodeId> successor() {
        return successors.isEmpty() ? Optional.empty() : Optional.of(successors.get(0));
    }

    /** The first {@code n} successors (the replica set of this node's data for n = 2, 10.4). */
    List<NodeId> firstSuccessors(int n) {
        return successors.subList(0, Math.min(n, successors.size()));
    }

    /** Every member once: the successors, then the predecessors not among them. */
    Set<NodeId> members() {
        Set<NodeId> all = new LinkedHashSet<>(successors);
        all.addAll(predecessors);
        return all;
    }

    private record Placed(NodeId peer, BigInteger clockwise) {
    }
}

package org.reloadj.topology.chord;

import java.time.Duration;
import java.util.List;
import org.reloadj.api.Cancellable;
import org.reloadj.api.NodeId;

/**
 * Decides when the node makes new replicas of the data this peer is responsible for (RFC 6940,
 * 10.4, 10.7.1 and 10.7.3), by calling {@code responsibilityChanged()}: the node then stores each
 * resource to the peers new in its replica set, the first two successors.
 *
 * <p>A new range or a newly learnt successor is acted on at once (10.7.3: "it MUST send a Store
 * ... to any new node in the replica set"). A failed successor is not: "when replacing a successor,
 * the peer SHOULD delay the creation of new replicas for the successor replacement hold-down time
 * (30 seconds) after removing the failed entry from its Neighbor Table in order to allow a
 * triggered update to inform it of a better match" (10.7.1). The hold-down runs from the first
 * failure; later ones within it do not restart it.
 *
 * <p>One exception departs from that SHOULD: when the failures have removed <em>every</em> peer
 * this peer last made replicas on, this peer holds the only copy left of its data, and the new
 * replicas are made at once. Waiting then trades nothing but a possibly better-placed Store
 * against losing the data if this peer fails too within the 30 s; a replica placed on a peer that
 * a later Update shows not to be the best match costs only a Store, since "it SHOULD NOT delete
 * data from peers which have left the replica set" (10.7.3) and the right peer is given its copy
 * when it appears. The hold-down still governs the ordinary case, one of two replicas lost, where
 * a copy remains on a successor.
 */
final class Replication {
    /** The successor replacement hold-down time (10.7.1). */
    static final Duration HOLD_DOWN = Duration.ofSeconds(30);
    /** The replica set of this peer's data: its first two successors (10.4). */
    static final int REPLICAS = 2;

    private final ChordState s;
    private List<NodeId> holders = List.of();
    private Cancellable holdDown;

    Replication(ChordState state) {
        this.s = state;
    }

    /**
     * Makes the replicas now: tells the node, and remembers the replica set it stores to. A
     * hold-down under way is over, since this covers it.
     */
    void now() {
        stop();
        holders = s.table.neighbors().firstSuccessors(REPLICAS);
        s.context.responsibilityChanged();
    }

    /**
     * A failure changed the replica set (10.7.1): the new replicas wait for the hold-down, unless
     * no peer this peer last replicated to is left among its first successors.
     */
    void successorFailed() {
        List<NodeId> replicaSet = s.table.neighbors().firstSuccessors(REPLICAS);
        if (replicaSet.stream().noneMatch(holders::contains)) {
            now();
        } else if (holdDown == null) {
            holdDown = s.context.schedule(HOLD_DOWN, () -> {
                holdDown = null;
                if (s.phase() == Phase.JOINED) {
                    now();
                }
            });
        }
    }

    /** Stops the hold-down timer (the node leaves, or the replicas are made now). */
    void stop() {
        if (holdDown != null) {
            holdDown.cancel();
            holdDown = null;
        }
    }
}

package org.reloadj.topology.chord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.chord.ChordUpdate;

/**
 * Keeps the Routing Table right as peers come and go (RFC 6940, 10.6 and 10.7.1-10.7.3): enters
 * the peers it reaches with Attach, merges the tables of received Updates and attaches to the
 * closer peers they name, removes failed peers, and reacts to a changed Neighbor Table with
 * Updates and with {@code responsibilityChanged()} so the node moves data (10.4, 10.7.3).
 *
 * <p>The SPI's {@code attach} routes conventionally: the source route through the peer that named
 * a new neighbour (10.6) cannot be expressed, so such Attaches take the normal route.
 */
final class Maintenance {
    /** Why the Neighbor Table changed. */
    enum Cause {
        /** New peers were learnt or reached. */
        LEARNED,
        /** A peer failed or left. */
        FAILURE
    }

    private final ChordState s;
    private final Map<Identifier<?>, CompletionStage<Void>> attaching = new HashMap<>();
    private final Replication replication;
    private Neighbors announced = Neighbors.EMPTY;
    private Runnable lostEveryPeer = () -> { };

    Maintenance(ChordState state) {
        this.s = state;
        this.replication = new Replication(state);
    }

    /** The timing of new replicas (10.4, 10.7.1). */
    Replication replication() {
        return replication;
    }

    /** What to do when a joined peer has lost every peer of its table (10.7.1). */
    void onLostEveryPeer(Runnable action) {
        lostEveryPeer = action;
    }

    /**
     * Receives an Update (10.7.3): the sender is a peer (entered at once when linked, as the peers
     * it names), and those it names that belong in the Neighbor Table are attached to.
     */
    void onUpdate(NodeId sender, ChordUpdate update) {
        s.churn.uptime(sender, update.uptime(), s.now());
        List<NodeId> named = new ArrayList<>(List.of(sender));
        named.addAll(update.predecessors());
        named.addAll(update.successors());
        named.addAll(update.fingers());
        learn(named);
        settle(Cause.LEARNED);
    }

    /**
     * Takes in peers named by another peer: those already linked enter the table at once; of the
     * others, those that "should be in x's Neighbor Table" (10.7.3), judged against the table as
     * it would be with all of them, are attached to. The caller settles.
     */
    void learn(Collection<NodeId> named) {
        Set<NodeId> linked = s.context.connectedPeers();
        List<NodeId> unlinked = new ArrayList<>();
        for (NodeId c : named) {
            if (c.equals(s.self()) || s.table.contains(c)) {
                continue;
            }
            if (linked.contains(c)) {
                add(c);
            } else {
                unlinked.add(c);
            }
        }
        if (!unlinked.isEmpty()) {
            for (NodeId n : s.table.prospective(unlinked).members()) {
                if (!s.table.contains(n)) {
                    attach(n);
                }
            }
        }
    }

    /**
     * Attaches to {@code target} (6.5.1) and enters the peer reached into the table (10.5, step 4).
     * The stage completes when the attempt is over and never fails; one attempt per target at a
     * time.
     */
    CompletionStage<Void> attach(Identifier<?> target) {
        CompletionStage<Void> pending = attaching.get(target);
        if (pending != null) {
            return pending;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        attaching.put(target, done);
        s.context.attach(target).whenComplete((peer, failure) -> {
            attaching.remove(target);
            if (failure == null) {
                reached(peer);
            }
            done.complete(null);
        });
        return done;
    }

    /** A peer was successfully contacted: it enters the table. */
    void reached(NodeId peer) {
        if (s.phase().active() && add(peer)) {
            settle(Cause.LEARNED);
        }
    }

    private boolean add(NodeId peer) {
        if (!s.table.add(peer)) {
            return false;
        }
        if (s.config.selfTuning() && !s.churn.knowsAge(peer)) {
            probeUptime(peer);
        }
        return true;
    }

    /** RFC 7363, 5.3: a new peer's uptime, for the join rate estimate. */
    private void probeUptime(NodeId peer) {
        s.send(peer, MessageCode.PROBE_REQ, ChordMessages.uptimeProbe()).thenAccept(body -> {
            try {
                s.messages.probedUptime(body).ifPresent(up -> s.churn.uptime(peer, up, s.now()));
            } catch (ReloadException e) {
                // a malformed answer tells nothing about the peer's age
            }
        });
    }

    /** A peer failed (10.7.1, 10.7.2): out of the table, and the table settles. */
    void failed(NodeId peer) {
        failed(peer, List.of());
    }

    /**
     * A peer failed or left (10.7.1, 10.9): out of the table; the peers it named (a Leave's list)
     * are taken in; the table settles. A joined peer left with no peer at all acts as 10.7.1 says.
     */
    void failed(NodeId peer, Collection<NodeId> named) {
        boolean removed = remove(peer);
        learn(named);
        if (removed || !named.isEmpty()) {
            settle(Cause.FAILURE);
        }
        if (removed && s.table.size() == 0 && s.phase() == Phase.JOINED) {
            lostEveryPeer.run();
        }
    }

    /**
     * Removes a failed or leaving peer and records the failure (RFC 7363, 6.3.1). A finger entry
     * it held is searched for again at once under reactive recovery (10.7.2).
     */
    private boolean remove(NodeId peer) {
        int finger = fingerHeldBy(peer);
        if (!s.table.remove(peer)) {
            return false;
        }
        s.churn.failure(s.now());
        s.churn.forget(peer);
        if (finger > 0 && s.config.reactiveRecovery() && s.phase() == Phase.JOINED && s.table.size() > 0) {
            searchFinger(finger);
        }
        return true;
    }

    private int fingerHeldBy(NodeId peer) {
        NodeId[] entries = s.table.fingerTable().entries(s.table.peers());
        for (int i = 1; i < entries.length; i++) {
            if (peer.equals(entries[i])) {
                return i;
            }
        }
        return 0;
    }

    /** Searches for a peer for the i'th finger: an Attach to a random id of its range (10.7.4.2). */
    void searchFinger(int i) {
        ResourceId target = s.table.fingerTable().randomTarget(i, s.context.random());
        if (!s.isResponsible(target)) {
            attach(target);
        }
    }

    /**
     * Reacts to a change of the Neighbor Table. A new first predecessor changes the range this peer
     * is responsible for: the node is told, and an Update goes to the whole connection table
     * (10.7.3: "MUST send an Update to all entries in its Connection Table"). New first two
     * successors change the replica set (10.7.3), after the hold-down when a failure caused it
     * (10.7.1, with the exception {@link Replication} makes). Under reactive recovery every change
     * is sent at once: to the connection table for new peers (10.7.3), to the neighbours for a
     * failure (10.7.1). Self-tuning peers tell each new
     * neighbour with {@code peer_ready} (RFC 7363, 5.2). Joining nodes stay silent (10.5).
     *
     * @return whether the first predecessor changed
     */
    boolean settle(Cause cause) {
        Neighbors before = announced;
        Neighbors now = s.table.neighbors();
        if (before.equals(now)) {
            return false;
        }
        announced = now;
        if (s.phase() != Phase.JOINED) {
            return false;
        }
        boolean rangeChanged = !before.predecessor().equals(now.predecessor());
        boolean replicasChanged = !before.firstSuccessors(Replication.REPLICAS)
                .equals(now.firstSuccessors(Replication.REPLICAS));
        if (rangeChanged || replicasChanged && cause == Cause.LEARNED) {
            replication.now();
        } else if (replicasChanged) {
            replication.successorFailed();
        }
        if (rangeChanged || s.config.reactiveRecovery()) {
            boolean all = rangeChanged || cause == Cause.LEARNED;
            sendUpdates(all ? s.context.connectedPeers() : now.members(), s.neighborsUpdate());
        } else if (s.config.selfTuning()) {
            Set<NodeId> added = new LinkedHashSet<>(now.members());
            added.removeAll(before.members());
            sendUpdates(added, s.peerReady());
        }
        return rangeChanged;
    }

    /**
     * Tells the ring this node is in (10.5, step 9, and Figure 6 of 12): a {@code neighbors}
     * Update to each neighbour, {@code peer_ready} to the other peers of the table.
     */
    void announceArrival() {
        Set<NodeId> neighbors = s.table.neighbors().members();
        sendUpdates(neighbors, s.neighborsUpdate());
        List<NodeId> others = new ArrayList<>(s.table.peers());
        others.removeAll(neighbors);
        sendUpdates(others, s.peerReady());
    }

    /**
     * Sends {@code update} to each of {@code peers}; a peer that does not answer in time has failed
     * ("as determined by ... the failure of some request", 10.7.1).
     */
    void sendUpdates(Collection<NodeId> peers, ChordUpdate update) {
        Opaque body = update.toOpaque();
        for (NodeId p : List.copyOf(peers)) {
            if (p.equals(s.self())) {
                continue;
            }
            s.send(p, MessageCode.UPDATE_REQ, body).whenComplete((answer, failure) -> {
                if (failure != null && s.phase().active()
                        && Stages.errorOf(failure).filter(ErrorCode.ERROR_REQUEST_TIMEOUT::equals).isPresent()) {
                    failed(p);
                }
            });
        }
    }

    /** Stops the hold-down timer (the node leaves). */
    void stop() {
        replication.stop();
    }
}

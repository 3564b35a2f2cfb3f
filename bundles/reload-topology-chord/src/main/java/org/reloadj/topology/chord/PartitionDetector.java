package org.reloadj.topology.chord;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

/**
 * Detecting partitioning (RFC 6940, 10.7.4.4): "a peer P MUST periodically repeat the discovery
 * process used in the initial join for the overlay to locate an appropriate bootstrap node, B. P
 * SHOULD then send a Ping for its own Node-ID routed through B. If a response is received from peer
 * S', which is not P's successor, then the overlay is partitioned and P SHOULD send an Attach to S'
 * routed through B, followed by an Update sent to S'." The {@link Stabilizer} calls {@link #check()}
 * every {@code chord-partition-check-interval}.
 *
 * <p>The Ping's destination list is [B, P's Node-ID as a Resource-ID]: sent to the Node-ID itself,
 * it would be dropped by the peer responsible for that id in B's ring, which is neither P nor
 * linked to P (6.1.1, which adds "in order to address a message to 'the peer that controls region
 * X', a sender sends to Resource-ID X"). In a whole overlay the Ping reaches P itself, or P's
 * successor while that has not yet learnt of P; any other responder belongs to another ring. That
 * answer comes from outside this peer's view of the ring, so the responsibility check of 6.3.4
 * lets it through while the Ping is out ({@link #awaitsAnswerFor}).
 *
 * <p>Once P is linked to S', normal stabilization joins the rings: each side's Updates name peers
 * the other side attaches to (10.7.3), as the RFC expects ("the connection will allow S' to
 * discover appropriate neighbor entries for itself via its own stabilization").
 */
final class PartitionDetector {
    private final ChordState s;
    private final Maintenance m;
    private boolean probing;

    PartitionDetector(ChordState state, Maintenance maintenance) {
        this.s = state;
        this.m = maintenance;
    }

    /**
     * Whether the answer of {@code responder} to P's Ping routed through a bootstrap node shows a
     * partition: it is neither P nor P's first successor ({@code successor}, empty when P knows no
     * other peer).
     */
    static boolean isPartitioned(NodeId self, Optional<NodeId> successor, NodeId responder) {
        return !responder.equals(self) && !successor.equals(Optional.of(responder));
    }

    /** Whether a Ping for this peer's own id is out, whose answer may come from any peer. */
    boolean awaitsAnswerFor(ResourceId resource) {
        return probing && resource.equals(ownId());
    }

    /** One look for a partition, and the repair when one is found; nothing while one is under way. */
    void check() {
        if (probing || s.phase() != Phase.JOINED) {
            return;
        }
        probing = true;
        s.context.contactBootstrapNode().thenCompose(this::pingThrough).whenComplete((found, failure) -> {
            probing = false;
            if (failure == null && s.phase() == Phase.JOINED) {
                found.filter(f -> isPartitioned(s.self(), s.table.neighbors().successor(), f.responder()))
                        .ifPresent(this::merge);
            }
        });
    }

    /** Pings this peer's own id through {@code bootstrap}, unless there is none or it is this peer. */
    private CompletionStage<Optional<Found>> pingThrough(Optional<NodeId> bootstrap) {
        if (bootstrap.isEmpty() || bootstrap.get().equals(s.self())) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        NodeId b = bootstrap.get();
        return s.context.pingVia(b, ownId()).thenApply(responder -> Optional.of(new Found(b, responder)));
    }

    /** Attaches to S' through B, enters it in the table and sends it an Update. */
    private void merge(Found found) {
        s.context.attachVia(found.bootstrap(), found.responder()).whenComplete((peer, failure) -> {
            if (failure == null && s.phase() == Phase.JOINED) {
                m.reached(peer);
                m.sendUpdates(List.of(peer), s.neighborsUpdate());
            }
        });
    }

    private ResourceId ownId() {
        return ResourceId.of(s.self().bytes());
    }

    /** The bootstrap node B the Ping went through and the peer S' that answered it. */
    private record Found(NodeId bootstrap, NodeId responder) {
    }
}

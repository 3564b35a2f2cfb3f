package org.reloadj.topology.chord;

import java.math.BigInteger;
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
 * <p>The Ping's destination list is [B, the Resource-ID of P's Node-ID plus 1], the id 11.4's
 * joining Attach goes to. A Ping for P's Node-ID itself cannot find another ring: B, just linked
 * to P, "MUST route the message to that node" (10.3), straight back to P; and as a Node-ID it
 * would be dropped by a peer responsible for it that is not linked to P (6.1.1: "to address a
 * message to 'the peer that controls region X', a sender sends to Resource-ID X"). Where the
 * overlay is whole, P's successor is responsible for P + 1 and answers, which is the peer the RFC
 * compares the answer with; any other responder belongs to another ring. Its answer comes from
 * outside this peer's view of the ring, so the responsibility check of 6.3.4 lets it through while
 * the Ping is out ({@link #awaitsAnswerFor}).
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
     * partition: it is neither P's first successor ({@code successor}, empty when P knows no other
     * peer) nor P itself.
     */
    static boolean isPartitioned(NodeId self, Optional<NodeId> successor, NodeId responder) {
        return !responder.equals(self) && !successor.equals(Optional.of(responder));
    }

    /** Whether the Ping through B is out to {@code resource}, so that any peer may answer it. */
    boolean awaitsAnswerFor(ResourceId resource) {
        return probing && resource.equals(target());
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

    /** Pings this peer's Node-ID + 1 through {@code bootstrap}, unless there is none or it is this peer. */
    private CompletionStage<Optional<Found>> pingThrough(Optional<NodeId> bootstrap) {
        if (bootstrap.isEmpty() || bootstrap.get().equals(s.self())) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        NodeId b = bootstrap.get();
        return s.context.pingVia(b, target()).thenApply(responder -> Optional.of(new Found(b, responder)));
    }

    /**
     * Attaches to S' through B (unless already linked to it, as when B itself answered), enters it
     * in the table and sends it an Update.
     */
    private void merge(Found found) {
        NodeId other = found.responder();
        CompletionStage<NodeId> linked = s.context.connectedPeers().contains(other)
                ? CompletableFuture.completedFuture(other) : s.context.attachVia(found.bootstrap(), other);
        linked.whenComplete((peer, failure) -> {
            if (failure == null && s.phase() == Phase.JOINED) {
                m.reached(peer);
                m.sendUpdates(List.of(peer), s.neighborsUpdate());
            }
        });
    }

    /** The Resource-ID the Ping goes to: this peer's Node-ID + 1. */
    private ResourceId target() {
        return s.ring.plus(s.self(), BigInteger.ONE);
    }

    /** The bootstrap node B the Ping went through and the peer S' that answered it. */
    private record Found(NodeId bootstrap, NodeId responder) {
    }
}

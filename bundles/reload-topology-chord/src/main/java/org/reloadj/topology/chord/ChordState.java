package org.reloadj.topology.chord;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.wire.chord.ChordUpdate;

/**
 * One node's CHORD-RELOAD state, shared by the parts of the algorithm: the node's services, the
 * ring, the routing table, the configuration, the phase and the churn observations. Touched only
 * on the node's event loop.
 */
final class ChordState {
    private static final long UINT32_MAX = 0xFFFF_FFFFL;

    final TopologyContext context;
    final Ring ring;
    final RoutingTable table;
    final ChordConfig config;
    final ChordMessages messages;
    final ChurnEstimator churn;
    private final Instant started;
    private Phase phase = Phase.IDLE;

    ChordState(TopologyContext context, ChordConfig config) {
        this.context = context;
        this.config = config;
        this.ring = new Ring(context.nodeIdLength());
        this.table = new RoutingTable(ring, context.localNodeId());
        this.messages = new ChordMessages(context.nodeIdLength());
        this.started = context.clock().instant();
        this.churn = new ChurnEstimator(started);
    }

    /** This node's Node-ID. */
    NodeId self() {
        return table.self();
    }

    /** The phase. */
    Phase phase() {
        return phase;
    }

    /** Moves to {@code next}. */
    void phase(Phase next) {
        phase = next;
    }

    /** Now, on the node's clock. */
    Instant now() {
        return context.clock().instant();
    }

    /**
     * Whether this node is responsible for {@code id}: "if k is less than or equal to x and k is
     * greater than p, where p is the Node-ID of the previous peer in the Neighbor Table" (10.1);
     * a joined peer that knows no other is responsible for the whole ring.
     */
    boolean isResponsible(Identifier<?> id) {
        if (phase != Phase.JOINED) {
            return false;
        }
        return table.neighbors().predecessor().map(p -> ring.inHalfOpen(id, p, self())).orElse(true);
    }

    /** The seconds this node has been up, for the uptime of its Updates (10.7). */
    long uptimeSeconds() {
        long s = Duration.between(started, now()).toSeconds();
        return Math.max(0, Math.min(UINT32_MAX, s));
    }

    /** A {@code neighbors} Update of the current table (10.7). */
    ChordUpdate neighborsUpdate() {
        Neighbors n = table.neighbors();
        return ChordUpdate.neighbors(uptimeSeconds(), n.predecessors(), n.successors());
    }

    /** A {@code full} Update: neighbours and fingers (10.7, answering a RouteQuery, 10.8). */
    ChordUpdate fullUpdate() {
        Neighbors n = table.neighbors();
        return ChordUpdate.full(uptimeSeconds(), n.predecessors(), n.successors(), table.fingers());
    }

    /** A {@code peer_ready} Update (10.7). */
    ChordUpdate peerReady() {
        return ChordUpdate.peerReady(uptimeSeconds());
    }

    /** Sends an overlay-management request to a node by Node-ID. */
    CompletionStage<Opaque> send(NodeId to, MessageCode code, Opaque body) {
        return context.request(to, code, body);
    }
}

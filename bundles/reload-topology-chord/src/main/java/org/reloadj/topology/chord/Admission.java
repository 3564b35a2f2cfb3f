package org.reloadj.topology.chord;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;

/**
 * The admitting peer's side of joining (RFC 6940, 10.5, steps 5 to 8). AP accepts a Join from a
 * node it is linked to ("a transport channel that is bound to the Node-ID", 6.4.2.1) whose
 * Node-ID lies between AP's predecessor and AP, that is, in the range AP is responsible for. It
 * answers (step 5), then, once the answer is on its way:
 * <ul>
 * <li>tells the node its range changed, so the node stores to JN the data JN is now responsible
 * for (step 6);</li>
 * <li>sends a {@code neighbors} Update, with JN as its first predecessor, to its whole connection
 * table, which holds JN and every neighbour (steps 7 and 8; 10.7.3 asks for the connection table
 * when the range changes). The Update to JN is the one of step 7 and of step 8 at once.</li>
 * </ul>
 * The SPI's {@code responsibilityChanged()} does not say when the Stores are done, so the Update
 * follows the start of the Stores rather than their end; on one link, they arrive first.
 */
final class Admission {
    private final ChordState s;
    private final Maintenance m;

    Admission(ChordState state, Maintenance maintenance) {
        this.s = state;
        this.m = maintenance;
    }

    /**
     * Handles a JoinReq from {@code joiningPeer}.
     *
     * @throws ReloadException Error_Forbidden when this peer cannot admit it
     */
    Opaque onJoin(NodeId joiningPeer) throws ReloadException {
        if (s.phase() != Phase.JOINED) {
            throw forbidden("this node is not a peer of the ring");
        }
        if (joiningPeer.equals(s.self()) || !s.context.connectedPeers().contains(joiningPeer)) {
            throw forbidden("a Join comes over a link to the joining peer");
        }
        Optional<NodeId> predecessor = s.table.neighbors().predecessor();
        boolean inRange = predecessor.isEmpty() || predecessor.get().equals(joiningPeer)
                || s.ring.inOpen(joiningPeer, predecessor.get(), s.self());
        if (!inRange) {
            throw forbidden(joiningPeer + " is not between this peer's predecessor and itself");
        }
        s.table.add(joiningPeer);
        s.context.schedule(Duration.ZERO, () -> admit(joiningPeer));
        return Opaque.EMPTY;
    }

    private void admit(NodeId joiningPeer) {
        if (s.phase() != Phase.JOINED) {
            return;
        }
        if (!m.settle(Maintenance.Cause.LEARNED)) {
            // JN was this peer's predecessor already (joining again): the range is unchanged, but JN
            // still waits for the Update of step 7.
            m.replication().now();
            Set<NodeId> to = new LinkedHashSet<>(s.table.neighbors().members());
            to.add(joiningPeer);
            m.sendUpdates(to, s.neighborsUpdate());
        }
    }

    private static ReloadException forbidden(String reason) {
        return new ReloadException(ErrorCode.ERROR_FORBIDDEN, reason);
    }
}

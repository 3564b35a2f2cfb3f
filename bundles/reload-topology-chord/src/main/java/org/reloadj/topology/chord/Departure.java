package org.reloadj.topology.chord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.chord.ChordLeaveData;

/**
 * Leaving (RFC 6940, 10.9), both ways.
 *
 * <p>A leaving peer sends a Leave to each member of its Neighbor Table: to a peer it is a
 * successor of ({@code from_succ}), its successor list, from which that predecessor learns its new
 * successors; to a peer it is a predecessor of ({@code from_pred}), its predecessor list (as RFC
 * 7363, 5.6 spells out). A peer that is both (a small ring) gets the Leave of the nearer relation.
 * From the start the node is responsible for nothing and routes its former range to its first
 * successor. It first tells the node to hand its data over ({@code responsibilityChanged()}), so
 * that the Stores reach the successor, on the same link, ahead of the Leave, while the leaving
 * peer is still its predecessor and so a plausible source of them (10.4); then it sends the
 * Leaves, and is gone once they are answered.
 *
 * <p>A peer receiving a Leave treats the leaving peer as failed (10.7.1) and takes in the list it
 * carries, attaching to better neighbours (RFC 7363, 5.6).
 */
final class Departure {
    private final ChordState s;
    private final Maintenance m;

    Departure(ChordState state, Maintenance maintenance) {
        this.s = state;
        this.m = maintenance;
    }

    /** The Leave data for {@code peer}, one of the neighbours of {@code table}. */
    static ChordLeaveData leaveDataFor(Neighbors table, NodeId peer) {
        int asPredecessor = table.predecessors().indexOf(peer);
        int asSuccessor = table.successors().indexOf(peer);
        boolean fromSuccessor = asPredecessor >= 0 && (asSuccessor < 0 || asPredecessor < asSuccessor);
        return fromSuccessor ? ChordLeaveData.fromSuccessor(table.successors())
                : ChordLeaveData.fromPredecessor(table.predecessors());
    }

    /** Hands the data over and sends the Leaves; completes when they are all answered (or failed). */
    CompletionStage<Void> leave() {
        Neighbors table = s.table.neighbors();
        s.phase(Phase.LEAVING);
        s.context.responsibilityChanged();
        List<CompletionStage<Opaque>> sent = new ArrayList<>();
        for (NodeId peer : table.members()) {
            sent.add(s.send(peer, MessageCode.LEAVE_REQ, ChordMessages.leaveReq(s.self(), leaveDataFor(table, peer))));
        }
        return Stages.allSettled(sent).thenRun(() -> s.phase(Phase.LEFT));
    }

    /**
     * Handles a LeaveReq's overlay-specific data.
     *
     * @throws ReloadException Error_Invalid_Message when it is not a ChordLeaveData
     */
    void onLeave(NodeId leaving, Opaque overlaySpecificData) throws ReloadException {
        ChordLeaveData data = s.messages.leave(overlaySpecificData);
        if (!s.phase().active()) {
            return;
        }
        boolean wasNeighbor = s.table.neighbors().members().contains(leaving);
        List<NodeId> named = new ArrayList<>(wasNeighbor ? data.neighbors() : List.of());
        named.remove(leaving);
        m.failed(leaving, named);
    }
}

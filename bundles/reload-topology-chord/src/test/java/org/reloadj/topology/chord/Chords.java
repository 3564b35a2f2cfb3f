package org.reloadj.topology.chord;

import java.util.ArrayList;
import java.util.List;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.chord.ChordUpdate;

/** Topologies in a known state, reached through the SPI only. */
final class Chords {
    private Chords() {
    }

    static ChordTopology create(FakeContext context) {
        return (ChordTopology) new ChordPlugin().create(context);
    }

    /**
     * A topology that started the overlay and then heard {@code peer_ready} from each of
     * {@code peers} over a link; the records of getting there are cleared.
     */
    static ChordTopology joinedWith(FakeContext context, NodeId... peers) {
        ChordTopology t = create(context);
        t.join();
        for (NodeId p : peers) {
            context.connected.add(p);
            update(t, p, ChordUpdate.peerReady(0));
        }
        context.time.runDue();
        context.clearRecords();
        return t;
    }

    /** Hands {@code update} from {@code sender} to the topology. */
    static void update(ChordTopology t, NodeId sender, ChordUpdate update) {
        try {
            t.onUpdate(sender, update.toOpaque());
        } catch (ReloadException e) {
            throw new AssertionError(e);
        }
    }

    /** The {@code count} members after {@code id} on the sorted ring {@code ring}. */
    static List<NodeId> successorsOn(List<NodeId> ring, NodeId id, int count) {
        List<NodeId> out = new ArrayList<>();
        int at = ring.indexOf(id);
        for (int i = 1; i < ring.size() && out.size() < count; i++) {
            out.add(ring.get((at + i) % ring.size()));
        }
        return out;
    }

    /** The {@code count} members before {@code id} on the sorted ring {@code ring}, nearest first. */
    static List<NodeId> predecessorsOn(List<NodeId> ring, NodeId id, int count) {
        List<NodeId> out = new ArrayList<>();
        int at = ring.indexOf(id);
        for (int i = 1; i < ring.size() && out.size() < count; i++) {
            out.add(ring.get(((at - i) % ring.size() + ring.size()) % ring.size()));
        }
        return out;
    }
}

package org.reloadj.core.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.peer.SecureOverlay.SINGLE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.wire.storage.StoredDataValue;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.core.node.NodeSettings;

/**
 * Replication and hand-over as the topology directs (RFC 6940, 7.4.1.1, 10.4, 10.5 and 10.7.3):
 * the responsible peer copies each Store to its replica set; when a peer joins, the peer that was
 * responsible hands the data over and peers no longer in the replica set forget it; when the
 * responsible peer leaves, its successor, which held a replica, serves the data and copies it to
 * the new replica set.
 */
class ReplicationOverlayTest {
    private final SecureOverlay overlay = new SecureOverlay(6);
    private final ReloadNode alice = overlay.peer(0);
    private final ResourceId resource = overlay.resourceOf(overlay.user(alice));
    private final int responsible = overlay.responsibleFor(resource);

    private int at(int offset) {
        return Math.floorMod(responsible + offset, 6);
    }

    private boolean holds(ReloadNode node) {
        return node.storage().orElseThrow().storedResources().contains(resource);
    }

    private void store(String text) {
        overlay.await(alice.overlay().store(resource, List.of(new KindValues(SINGLE.id(), 0, List.of(StoredValue.of(
                Slot.SINGLE, Opaque.utf8(text), overlay.scheduler.clock().instant(), Duration.ofHours(1)))))));
        overlay.settle();
    }

    private String fetchedBy(ReloadNode node) {
        return overlay.await(node.overlay().fetch(resource, List.of(Query.all(SINGLE.id())))).get(0).values().get(0)
                .value().toUtf8();
    }

    @Test
    void the_responsible_peer_copies_a_store_to_its_two_successors_and_no_further() {
        store("replicated");

        List<Integer> holders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            if (holds(overlay.peer(i))) {
                holders.add(i);
            }
        }
        assertThat(holders).containsExactlyInAnyOrder(responsible, at(1), at(2));
        assertThat(overlay.peer(at(1)).storage().orElseThrow().storedResources()).containsExactly(resource);
    }

    /** A peer at the resource's own id, linked to its ring neighbours, which no topology knows yet. */
    private ReloadNode startJoiner() {
        NodeId joinerId = NodeId.of(resource.bytes());
        List<NodeId> ring = new ArrayList<>(overlay.members);
        ring.add(joinerId);
        ReloadNode joiner = overlay.start(joinerId, "joiner@" + SecureOverlay.OVERLAY, NodeSettings.Builder::build, ring);
        overlay.link(overlay.peer(at(-1)), joiner);
        overlay.link(joiner, overlay.peer(responsible));
        return joiner;
    }

    @Test
    void a_joining_peer_receives_the_data_it_becomes_responsible_for_and_a_dropped_replica_forgets_it() {
        store("handed over");
        ReloadNode joiner = startJoiner();

        overlay.peers.forEach(p -> overlay.topology(p).addMember(joiner.node().settings().nodeId()));
        overlay.settle();

        assertThat(holds(joiner)).isTrue();
        assertThat(fetchedBy(overlay.peer(at(3)))).isEqualTo("handed over");
        assertThat(holds(overlay.peer(responsible))).as("the old responsible peer is now a replica").isTrue();
        assertThat(holds(overlay.peer(at(1)))).as("still a replica").isTrue();
        assertThat(holds(overlay.peer(at(2)))).as("out of the replica set: forgotten").isFalse();
    }

    @Test
    void a_replica_refused_by_a_peer_that_has_not_yet_learnt_of_a_joiner_is_sent_again_once_it_has() {
        store("before the join");
        ReloadNode joiner = startJoiner();
        NodeId joinerId = joiner.node().settings().nodeId();
        overlay.link(joiner, overlay.peer(at(1)));
        ReloadNode late = overlay.peer(at(1));
        overlay.peers.stream().filter(p -> p != late).forEach(p -> overlay.topology(p).addMember(joinerId));
        overlay.settle();

        store("after the join");
        assertThat(holds(joiner)).isTrue();
        assertThat(storedText(late)).as("refused: the joiner is no replica source in its view yet")
                .isEqualTo("before the join");

        overlay.topology(late).addMember(joinerId);
        overlay.scheduler.advance(java.time.Duration.ofSeconds(10));

        assertThat(storedText(late)).isEqualTo("after the join");
    }

    private String storedText(ReloadNode node) {
        org.reloadj.core.storage.StoredValue stored = node.storage().orElseThrow().storedAt(resource).get(SINGLE.id()).values().values()
                .iterator().next();
        return ((StoredDataValue.SingleValue) stored.data().value()).value().value().toUtf8();
    }

    @Test
    void when_the_responsible_peer_leaves_its_successor_serves_the_data_and_replicates_it_further() {
        store("still here");
        ReloadNode leaving = overlay.peer(responsible);
        NodeId leavingId = overlay.id(responsible);

        overlay.network.disconnect(leavingId);
        overlay.link(overlay.peer(at(-1)), overlay.peer(at(1)));
        overlay.peers.stream().filter(p -> p != leaving).forEach(p -> overlay.topology(p).removeMember(leavingId));
        overlay.settle();

        assertThat(fetchedBy(overlay.peer(at(3)))).isEqualTo("still here");
        assertThat(holds(overlay.peer(at(3)))).as("the new second replica").isTrue();
    }
}

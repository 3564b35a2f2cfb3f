package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.topology.chord.Ids.at;
import static org.reloadj.topology.chord.Ids.resourceAt;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.ChordUpdateType;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.chord.ChordUpdate;

/** Receiving Updates and handling failures (RFC 6940, 10.7.1 to 10.7.3). */
class UpdatesAndFailuresTest {
    static final NodeId SELF = at(0);
    static final NodeId[] PEERS = {at(20), at(40), at(60), at(100), at(200), at(220), at(240)};
    static final NodeId CLIENT = at(90);

    private FakeContext context(String... parameters) {
        FakeContext c = new FakeContext(SELF);
        for (int i = 0; i < parameters.length; i += 2) {
            c.parameters.put(parameters[i], parameters[i + 1]);
        }
        return c;
    }

    private ChordTopology peer(FakeContext c) {
        ChordTopology t = Chords.joinedWith(c, PEERS);
        c.connected.add(CLIENT);
        return t;
    }

    private static ChordUpdate neighbors(List<NodeId> preds, List<NodeId> succs) {
        return ChordUpdate.neighbors(100, preds, succs);
    }

    @Test
    void an_update_naming_closer_peers_makes_this_peer_attach_to_them_and_to_no_other() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        Chords.update(t, at(20), neighbors(List.of(at(10), SELF, at(240)), List.of(at(30), at(40), at(60))));
        assertThat(c.attachTargets()).containsExactlyInAnyOrder(at(10), at(30));
        assertThat(t.successors()).as("not before the Attach succeeds").containsExactly(at(20), at(40), at(60));
    }

    @Test
    void a_reached_closer_peer_enters_the_table_and_the_change_goes_to_every_link() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        Chords.update(t, at(20), neighbors(List.of(at(10), SELF), List.of(at(40))));
        assertThat(c.sent).isEmpty();
        c.completeAttach(at(10), at(10));
        assertThat(t.successors()).containsExactly(at(10), at(20), at(40));
        assertThat(c.responsibilityChanges).as("the replica set changed").isEqualTo(1);
        assertThat(c.updateRecipients()).containsExactlyInAnyOrder(at(10), at(20), at(40), at(60), at(100),
                at(200), at(220), at(240), CLIENT);
        assertThat(c.sent(MessageCode.UPDATE_REQ).get(0).update().successors()).containsExactly(at(10), at(20), at(40));
    }

    @Test
    void a_named_peer_already_linked_enters_without_an_attach() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        c.connected.add(at(30));
        Chords.update(t, at(20), neighbors(List.of(SELF), List.of(at(30), at(40))));
        assertThat(c.attaches).isEmpty();
        assertThat(t.successors()).containsExactly(at(20), at(30), at(40));
    }

    @Test
    void an_update_that_changes_nothing_sends_nothing() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        Chords.update(t, at(20), neighbors(List.of(SELF, at(240), at(220)), List.of(at(40), at(60), at(100))));
        assertThat(c.sent).isEmpty();
        assertThat(c.attaches).isEmpty();
        assertThat(c.responsibilityChanges).isZero();
    }

    /** Node 20 names node 10, which this node is linked to: a new first successor. */
    private static void learnLinkedPeerBeforeSuccessor(FakeContext c, ChordTopology t) {
        c.connected.add(at(10));
        Chords.update(t, at(20), neighbors(List.of(at(10)), List.of()));
    }

    @Test
    void without_reactive_recovery_a_new_successor_is_not_announced() {
        FakeContext c = context("chord-reactive", "false");
        ChordTopology t = peer(c);
        learnLinkedPeerBeforeSuccessor(c, t);
        assertThat(t.successors()).containsExactly(at(10), at(20), at(40));
        assertThat(c.sent).isEmpty();
        assertThat(c.responsibilityChanges).isEqualTo(1);
    }

    @Test
    void without_reactive_recovery_a_new_predecessor_is_still_announced_to_every_link() {
        FakeContext c = context("chord-reactive", "false");
        ChordTopology t = peer(c);
        c.connected.add(at(250));
        Chords.update(t, at(240), neighbors(List.of(at(220)), List.of(at(250), SELF)));
        assertThat(t.predecessors()).containsExactly(at(250), at(240), at(220));
        assertThat(c.updateRecipients()).contains(at(250), CLIENT, at(100));
    }

    @Test
    void a_failed_successor_is_replaced_and_only_the_neighbours_are_told() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        c.connected.remove(at(20));
        t.onNeighborDown(at(20));
        assertThat(t.successors()).containsExactly(at(40), at(60), at(100));
        assertThat(c.updateRecipients()).containsExactlyInAnyOrder(at(40), at(60), at(100), at(240), at(220), at(200));
        assertThat(c.sent(MessageCode.UPDATE_REQ).get(0).update().successors()).doesNotContain(at(20));
    }

    @Test
    void new_replicas_after_a_successor_failure_wait_for_the_hold_down_time() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        c.connected.remove(at(20));
        t.onNeighborDown(at(20));
        assertThat(c.responsibilityChanges).isZero();
        c.time.advance(Replication.HOLD_DOWN.minusMillis(1));
        assertThat(c.responsibilityChanges).isZero();
        c.time.advance(Duration.ofMillis(1));
        assertThat(c.responsibilityChanges).isEqualTo(1);
    }

    /** Successor 20 fails, then, 3 s later and so within the hold-down, {@code second}. */
    private ChordTopology failFirstSuccessorThen(FakeContext c, NodeId second) {
        ChordTopology t = peer(c);
        fail(c, t, at(20));
        c.time.advance(Duration.ofSeconds(3));
        assertThat(c.responsibilityChanges).as("40 still holds a copy").isZero();
        fail(c, t, second);
        return t;
    }

    private static void fail(FakeContext c, ChordTopology t, NodeId peer) {
        c.connected.remove(peer);
        t.onNeighborDown(peer);
    }

    @Test
    void when_both_replica_holders_fail_within_the_hold_down_the_new_replicas_are_made_at_once() {
        FakeContext c = context();
        ChordTopology t = failFirstSuccessorThen(c, at(40));
        assertThat(t.successors()).startsWith(at(60), at(100));
        assertThat(c.responsibilityChanges).as("this peer holds the only copy").isEqualTo(1);
        c.time.advance(Replication.HOLD_DOWN);
        assertThat(c.responsibilityChanges).as("the hold-down was over").isEqualTo(1);
    }

    @Test
    void losing_a_successor_that_holds_no_replica_yet_keeps_the_hold_down_running() {
        FakeContext c = context();
        ChordTopology t = failFirstSuccessorThen(c, at(60));
        assertThat(t.successors()).startsWith(at(40), at(100));
        assertThat(c.responsibilityChanges).as("40 still holds a copy").isZero();
        c.time.advance(Replication.HOLD_DOWN.minusSeconds(3).minusMillis(1));
        assertThat(c.responsibilityChanges).isZero();
        c.time.advance(Duration.ofMillis(1));
        assertThat(c.responsibilityChanges).as("30 s after the first failure").isEqualTo(1);
    }

    @Test
    void a_failed_predecessor_widens_the_range_at_once_and_every_link_is_told() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        c.connected.remove(at(240));
        t.onNeighborDown(at(240));
        assertThat(t.isResponsible(resourceAt(230))).isTrue();
        assertThat(c.responsibilityChanges).isEqualTo(1);
        assertThat(c.updateRecipients()).contains(CLIENT).doesNotContain(at(240));
    }

    @Test
    void a_failed_finger_is_searched_for_in_its_range_under_reactive_recovery() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        c.connected.remove(at(100));
        t.onNeighborDown(at(100));
        assertThat(c.attachTargets()).hasSize(1);
        ResourceId target = (ResourceId) c.attachTargets().get(0);
        BigInteger v = Ids.value(target);
        assertThat(v).as("finger 2 of node 0: [2^126, 2^127 - 1]").isBetween(BigInteger.ONE.shiftLeft(126),
                BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE));
    }

    @Test
    void a_failed_finger_is_left_to_stabilization_under_periodic_recovery() {
        FakeContext c = context("chord-reactive", "false");
        ChordTopology t = peer(c);
        c.connected.remove(at(100));
        t.onNeighborDown(at(100));
        assertThat(c.attaches).isEmpty();
        assertThat(t.routingTable()).doesNotContain(at(100));
    }

    /** The first predecessor fails, so Updates go to every link; their answers are held. */
    private static void predecessorFailsWithAnswersHeld(FakeContext c, ChordTopology t) {
        c.answerAtOnce = false;
        c.connected.remove(at(240));
        t.onNeighborDown(at(240));
    }

    @Test
    void a_neighbour_that_lets_an_update_time_out_has_failed() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        predecessorFailsWithAnswersHeld(c, t);
        FakeContext.Sent toSuccessor = c.sent(MessageCode.UPDATE_REQ).stream()
                .filter(s -> s.destination().equals(at(20))).findFirst().orElseThrow();
        toSuccessor.answer().completeExceptionally(new ReloadException(ErrorCode.ERROR_REQUEST_TIMEOUT, "no answer"));
        assertThat(t.routingTable()).doesNotContain(at(20));
    }

    @Test
    void an_update_refused_for_another_reason_is_no_failure() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        predecessorFailsWithAnswersHeld(c, t);
        c.sent(MessageCode.UPDATE_REQ).get(0).answer()
                .completeExceptionally(new ReloadException(ErrorCode.ERROR_FORBIDDEN, "no"));
        assertThat(t.routingTable()).hasSize(PEERS.length - 1);
    }

    @Test
    void a_peer_that_lost_every_peer_but_keeps_a_link_joins_again() {
        FakeContext c = context();
        ChordTopology t = Chords.joinedWith(c, at(50));
        c.connected.add(at(99));
        c.connected.remove(at(50));
        t.onNeighborDown(at(50));
        assertThat(t.isJoined()).isFalse();
        assertThat(c.attachTargets()).containsExactly(Ids.resource(BigInteger.ONE));
    }

    @Test
    void a_peer_left_alone_without_links_keeps_the_whole_ring() {
        FakeContext c = context();
        ChordTopology t = Chords.joinedWith(c, at(50));
        c.connected.remove(at(50));
        t.onNeighborDown(at(50));
        assertThat(t.isJoined()).isTrue();
        assertThat(t.isResponsible(resourceAt(50))).isTrue();
        assertThat(c.attaches).isEmpty();
    }

    @Test
    void a_self_tuning_peer_tells_a_new_neighbour_with_peer_ready() {
        FakeContext c = context("self-tuning", "true");
        ChordTopology t = peer(c);
        learnLinkedPeerBeforeSuccessor(c, t);
        assertThat(c.updateRecipients()).containsExactly(at(10));
        assertThat(c.sent(MessageCode.UPDATE_REQ).get(0).update().type()).isEqualTo(ChordUpdateType.PEER_READY);
    }

    @Test
    void an_update_from_a_linked_node_makes_it_a_peer_of_the_table() {
        FakeContext c = context();
        ChordTopology t = peer(c);
        assertThat(t.routingTable()).doesNotContain(CLIENT);
        Chords.update(t, CLIENT, ChordUpdate.peerReady(3));
        assertThat(t.routingTable()).contains(CLIENT);
    }
}

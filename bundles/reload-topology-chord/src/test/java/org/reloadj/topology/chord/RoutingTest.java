package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.topology.chord.Ids.at;
import static org.reloadj.topology.chord.Ids.node;
import static org.reloadj.topology.chord.Ids.resource;
import static org.reloadj.topology.chord.Ids.resourceAt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.ChordUpdateType;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.chord.ChordRouteQueryAns;
import org.reloadj.wire.io.WireContext;

class RoutingTest {
    @Test
    void a_peer_is_responsible_from_just_after_its_predecessor_to_itself_across_zero() {
        ChordTopology t = Chords.joinedWith(new FakeContext(node(5)), node(-10), node(100));
        assertThat(t.isResponsible(resource(-9))).isTrue();
        assertThat(t.isResponsible(resource(-1))).isTrue();
        assertThat(t.isResponsible(resource(0))).isTrue();
        assertThat(t.isResponsible(resource(5))).isTrue();
        assertThat(t.isResponsible(resource(-10))).isFalse();
        assertThat(t.isResponsible(resource(6))).isFalse();
        assertThat(t.isResponsible(resource(99))).isFalse();
    }

    @Test
    void the_first_node_is_responsible_for_the_whole_ring() {
        ChordTopology t = Chords.joinedWith(new FakeContext(at(7)));
        assertThat(t.isResponsible(resource(0))).isTrue();
        assertThat(t.isResponsible(resourceAt(200))).isTrue();
        assertThat(t.responsiblePartsPerBillion()).isEqualTo(1_000_000_000L);
        assertThat(t.replicaSet(resource(3))).isEmpty();
    }

    @Test
    void a_node_that_has_not_joined_is_responsible_for_nothing() {
        ChordTopology t = Chords.create(joiningThrough(new FakeContext(at(7)), at(9)));
        assertThat(t.isResponsible(resourceAt(7))).isFalse();
        t.join();
        assertThat(t.isResponsible(resourceAt(7))).isFalse();
        assertThat(t.responsiblePartsPerBillion()).isZero();
    }

    @Test
    void the_share_of_the_ring_runs_from_the_predecessor() {
        ChordTopology t = Chords.joinedWith(new FakeContext(at(64)), at(0), at(128));
        assertThat(t.responsiblePartsPerBillion()).isEqualTo(250_000_000L);
    }

    @Test
    void replicas_are_the_next_two_successors_across_zero() {
        ChordTopology t = Chords.joinedWith(new FakeContext(node(-3)), node(-500), node(1), node(50), node(900));
        assertThat(t.replicaSet(resource(-4))).containsExactly(node(1), node(50));
        assertThat(t.replicaSet(resource(-3))).containsExactly(node(1), node(50));
        // data at 0 is node 1's; its replicas are the two peers after it
        assertThat(t.replicaSet(resource(0))).containsExactly(node(50), node(900));
        // data of node -500 replicates to this node and node 1
        assertThat(t.replicaSet(resource(-600))).containsExactly(node(-3), node(1));
    }

    @Test
    void a_two_peer_ring_has_a_single_replica() {
        ChordTopology t = Chords.joinedWith(new FakeContext(at(1)), at(100));
        assertThat(t.replicaSet(resourceAt(1))).containsExactly(at(100));
    }

    @Test
    void a_message_for_a_linked_node_goes_straight_to_it() {
        FakeContext c = new FakeContext(at(0));
        ChordTopology t = Chords.joinedWith(c, at(16), at(128));
        c.connected.add(at(77)); // a client or a joining node: linked, not in the routing table
        assertThat(t.nextHops(at(77))).containsExactly(at(77));
        assertThat(t.nextHops(resourceAt(77))).containsExactly(at(77));
        assertThat(t.nextHops(at(128))).containsExactly(at(128));
    }

    @Test
    void otherwise_a_message_goes_to_the_closest_peer_before_its_target() {
        ChordTopology t = Chords.joinedWith(new FakeContext(at(0)), at(16), at(32), at(64), at(128), at(230),
                at(240), at(250));
        assertThat(t.nextHops(resourceAt(100))).containsExactly(at(64));
        assertThat(t.nextHops(resourceAt(129))).containsExactly(at(128));
        assertThat(t.nextHops(resourceAt(200))).containsExactly(at(128));
        assertThat(t.nextHops(resourceAt(33))).containsExactly(at(32));
    }

    @Test
    void an_id_up_to_the_first_successor_goes_to_it() {
        ChordTopology t = Chords.joinedWith(new FakeContext(at(0)), at(16), at(128), at(240));
        assertThat(t.nextHops(resourceAt(1))).containsExactly(at(16));
        assertThat(t.nextHops(resourceAt(16))).containsExactly(at(16));
    }

    @Test
    void an_id_behind_this_peer_goes_to_the_predecessor_responsible_for_it() {
        ChordTopology t = Chords.joinedWith(new FakeContext(at(0)), at(16), at(200), at(220), at(240));
        assertThat(t.nextHops(resourceAt(230))).containsExactly(at(240));
        assertThat(t.nextHops(resourceAt(210))).containsExactly(at(220));
        assertThat(t.nextHops(resourceAt(240))).containsExactly(at(240));
        // before the farthest predecessor the greedy rule applies again
        assertThat(t.nextHops(resourceAt(150))).containsExactly(at(16));
    }

    @Test
    void a_joining_node_routes_through_its_bootstrap_link() {
        FakeContext c = new FakeContext(at(50));
        c.admittingPeer = Optional.of(at(200));
        c.connected.add(at(200));
        ChordTopology t = Chords.create(c);
        assertThat(t.nextHops(resourceAt(51))).containsExactly(at(200));
        t.join();
        assertThat(t.nextHops(resourceAt(51))).containsExactly(at(200));
    }

    @Test
    void with_no_peer_and_no_link_there_is_no_route() {
        ChordTopology t = Chords.create(new FakeContext(at(5)));
        assertThat(t.nextHops(resourceAt(100))).isEmpty();
    }

    @Test
    void a_route_query_is_answered_with_the_next_peer() throws Exception {
        ChordTopology t = Chords.joinedWith(new FakeContext(at(0)), at(16), at(64), at(128), at(200), at(220),
                at(240));
        Opaque answer = t.onRouteQuery(at(16), false, resourceAt(100), Opaque.EMPTY);
        assertThat(ChordRouteQueryAns.decode(answer, WireContext.defaults()).nextPeer()).isEqualTo(at(64));
    }

    @Test
    void a_route_query_for_an_id_of_this_peer_names_this_peer() throws Exception {
        ChordTopology t = Chords.joinedWith(new FakeContext(at(10)), at(0), at(64));
        Opaque answer = t.onRouteQuery(at(64), false, resourceAt(5), Opaque.EMPTY);
        assertThat(ChordRouteQueryAns.decode(answer, WireContext.defaults()).nextPeer()).isEqualTo(at(10));
        Opaque self = t.onRouteQuery(at(64), false, at(10), Opaque.EMPTY);
        assertThat(ChordRouteQueryAns.decode(self, WireContext.defaults()).nextPeer()).isEqualTo(at(10));
    }

    @Test
    void a_route_query_with_nowhere_to_go_fails_with_not_found() {
        ChordTopology t = Chords.create(new FakeContext(at(10)));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> t.onRouteQuery(at(64), false, resourceAt(100), Opaque.EMPTY))
                .isInstanceOfSatisfying(ReloadException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(org.reloadj.api.ErrorCode.ERROR_NOT_FOUND));
    }

    @Test
    void send_update_brings_a_full_update_right_after_the_answer() throws Exception {
        FakeContext c = new FakeContext(at(0));
        ChordTopology t = Chords.joinedWith(c, at(16), at(64), at(128), at(192));
        c.connected.add(at(90));
        t.onRouteQuery(at(90), true, resourceAt(91), Opaque.EMPTY);
        assertThat(c.sent(MessageCode.UPDATE_REQ)).as("not before the answer is sent").isEmpty();
        c.time.runDue();
        List<FakeContext.Sent> updates = c.sent(MessageCode.UPDATE_REQ);
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).destination()).isEqualTo(at(90));
        var u = updates.get(0).update();
        assertThat(u.type()).isEqualTo(ChordUpdateType.FULL);
        assertThat(u.predecessors()).containsExactly(at(192), at(128), at(64));
        assertThat(u.successors()).containsExactly(at(16), at(64), at(128));
        assertThat(u.fingers()).as("at(192) is in finger 1's range, after at(128)").containsExactly(at(16), at(64), at(128));
    }

    @Test
    void an_attach_with_send_update_brings_the_attaching_node_a_full_update() {
        FakeContext c = new FakeContext(at(0));
        ChordTopology t = Chords.joinedWith(c, at(16), at(64));
        c.connected.add(at(90));
        t.onAttachUpdateRequested(at(90));
        c.time.runDue();
        List<FakeContext.Sent> updates = c.sent(MessageCode.UPDATE_REQ);
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).destination()).isEqualTo(at(90));
        assertThat(updates.get(0).update().type()).isEqualTo(ChordUpdateType.FULL);
        assertThat(updates.get(0).update().successors()).containsExactly(at(16), at(64));
    }

    @Test
    void a_node_that_has_not_joined_sends_no_update_for_an_attach() {
        FakeContext c = joiningThrough(new FakeContext(at(7)), at(9));
        ChordTopology t = Chords.create(c);
        t.onAttachUpdateRequested(at(9));
        c.time.runDue();
        assertThat(c.sent(MessageCode.UPDATE_REQ)).isEmpty();
    }

    @Test
    void resource_ids_are_the_sha1_of_the_name() {
        ChordTopology t = Chords.create(new FakeContext(at(1)));
        assertThat(t.resourceId(Opaque.utf8("abc")).bytes().toHex()).isEqualTo("a9993e364706816aba3e25717850c26c");
    }

    @Test
    void the_neighbour_lists_have_three_entries_each() {
        NodeId[] peers = {at(10), at(20), at(30), at(40), at(200), at(210), at(220), at(230)};
        ChordTopology t = Chords.joinedWith(new FakeContext(at(0)), peers);
        assertThat(t.successors()).containsExactly(at(10), at(20), at(30));
        assertThat(t.predecessors()).containsExactly(at(230), at(220), at(210));
    }

    /** {@code c}, linked to {@code admitting} and told to join through it. */
    private static FakeContext joiningThrough(FakeContext c, NodeId admitting) {
        c.admittingPeer = Optional.of(admitting);
        c.connected.add(admitting);
        return c;
    }
}

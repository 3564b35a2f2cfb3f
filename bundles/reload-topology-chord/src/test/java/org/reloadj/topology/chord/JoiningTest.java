package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.topology.chord.Ids.at;
import static org.reloadj.topology.chord.Ids.resourceAt;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.ChordUpdateType;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.body.JoinReq;
import org.reloadj.wire.body.RouteQueryReq;
import org.reloadj.wire.chord.ChordUpdate;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.message.Destination;

/** The joining node's steps (RFC 6940, 10.5), one by one, against a fake node. */
class JoiningTest {
    static final NodeId JN = at(100);
    static final NodeId BOOTSTRAP = at(10);
    static final NodeId AP = at(120);
    static final ChordUpdate AP_TABLE = ChordUpdate.full(500, List.of(at(90), at(80), at(70)),
            List.of(at(130), at(140), at(150)), List.of(at(130), at(160), at(250)));

    FakeContext c;
    ChordTopology t;

    @BeforeEach
    void bootstrapLink() {
        linkedTo(BOOTSTRAP);
    }

    /** The joining node, linked to its bootstrap node (11.4). */
    private void linkedTo(NodeId bootstrap) {
        c = new FakeContext(JN);
        c.admittingPeer = Optional.of(bootstrap);
        c.connected.add(bootstrap);
        t = Chords.create(c);
    }

    @Test
    void step_2_attaches_to_n_plus_1_through_the_bootstrap_node() {
        t.join();
        ResourceId successorPoint = Ids.resource(Ids.value(JN).add(BigInteger.ONE));
        assertThat(c.attachTargets()).containsExactly(successorPoint);
        assertThat(t.nextHops(successorPoint)).containsExactly(BOOTSTRAP);
        assertThat(c.sent).isEmpty();
    }

    @Test
    void the_admitting_peer_is_asked_for_its_routing_table_with_send_update() throws Exception {
        t.join();
        c.completeAttach(c.attachTargets().get(0), AP);
        List<FakeContext.Sent> queries = c.sent(MessageCode.ROUTE_QUERY_REQ);
        assertThat(queries).hasSize(1);
        assertThat(queries.get(0).destination()).isEqualTo(AP);
        RouteQueryReq q = RouteQueryReq.decode(WireReader.of(queries.get(0).body()), WireContext.defaults());
        assertThat(q.sendUpdate()).isTrue();
        assertThat(q.destination()).isEqualTo(Destination.resource((ResourceId) c.attachTargets().get(0)));
        assertThat(c.sent(MessageCode.JOIN_REQ)).isEmpty();
    }

    @Test
    void step_3_attaches_to_the_neighbours_to_be_and_to_the_fingers_beyond_them() {
        reachAdmittingPeer();
        Chords.update(t, AP, AP_TABLE);
        List<Identifier<?>> targets = c.attachTargets().subList(1, c.attachTargets().size());
        assertThat(targets).containsExactlyInAnyOrder(AP, at(130), at(140), at(90), at(80), at(70),
                resourceAt(228), resourceAt(164));
        assertThat(c.sent(MessageCode.JOIN_REQ)).as("not before the Attaches are done").isEmpty();
    }

    @Test
    void step_5_joins_once_every_attach_has_ended_even_in_failure() throws Exception {
        reachAdmittingPeer();
        Chords.update(t, AP, AP_TABLE);
        completeNeighbourAttaches();
        pending(at(70)).completeExceptionally(new ReloadException(ErrorCode.ERROR_REQUEST_TIMEOUT, "gone"));
        c.completeAttach(resourceAt(228), at(230));
        assertThat(c.sent(MessageCode.JOIN_REQ)).isEmpty();
        c.completeAttach(resourceAt(164), at(165));
        List<FakeContext.Sent> joins = c.sent(MessageCode.JOIN_REQ);
        assertThat(joins).hasSize(1);
        assertThat(joins.get(0).destination()).isEqualTo(AP);
        JoinReq join = JoinReq.decode(WireReader.of(joins.get(0).body()), WireContext.defaults());
        assertThat(join.joiningPeerId()).isEqualTo(JN);
        assertThat(join.overlaySpecificData().isEmpty()).isTrue();
        assertThat(c.updateRecipients()).as("no Update before the join is done").isEmpty();
    }

    @Test
    void step_4_enters_every_peer_reached_into_the_routing_table() {
        joinedUpToAdmission();
        assertThat(t.routingTable()).containsExactlyInAnyOrder(BOOTSTRAP, AP, at(130), at(140), at(90), at(80),
                at(230), at(165));
        assertThat(t.successors()).containsExactly(AP, at(130), at(140));
        assertThat(t.predecessors()).containsExactly(at(90), at(80), BOOTSTRAP);
    }

    @Test
    void the_node_is_responsible_only_once_the_join_is_answered() {
        c.answerAtOnce = false;
        endAttaches();
        assertThat(t.isResponsible(resourceAt(95))).isFalse();
        c.sent(MessageCode.JOIN_REQ).get(0).answer().complete(org.reloadj.api.Opaque.EMPTY);
        assertThat(t.isJoined()).isTrue();
        assertThat(t.isResponsible(resourceAt(95))).isTrue();
        assertThat(t.isResponsible(resourceAt(100))).isTrue();
        assertThat(t.isResponsible(resourceAt(90))).isFalse();
        assertThat(c.responsibilityChanges).isEqualTo(1);
    }

    @Test
    void step_9_waits_for_the_update_naming_the_node_predecessor_then_updates_its_neighbours() {
        joinedUpToAdmission();
        assertThat(c.updateRecipients()).isEmpty();
        Chords.update(t, AP, ChordUpdate.neighbors(501, List.of(JN, at(90), at(80)), List.of(at(130), at(140), at(150))));
        List<FakeContext.Sent> updates = c.sent(MessageCode.UPDATE_REQ);
        assertThat(updates.stream().filter(u -> u.update().type() == ChordUpdateType.NEIGHBORS).map(FakeContext.Sent::destination))
                .containsExactlyInAnyOrder(AP, at(130), at(140), at(90), at(80), BOOTSTRAP);
        assertThat(updates.stream().filter(u -> u.update().type() == ChordUpdateType.PEER_READY).map(FakeContext.Sent::destination))
                .as("the other peers of the routing table learn the node is ready (12, Figure 6)")
                .containsExactlyInAnyOrder(at(230), at(165));
        ChordUpdate mine = updates.get(0).update();
        assertThat(mine.predecessors()).containsExactly(at(90), at(80), BOOTSTRAP);
        assertThat(mine.successors()).containsExactly(AP, at(130), at(140));
    }

    @Test
    void without_the_admitting_peers_update_the_node_announces_itself_after_the_step_timeout() {
        joinedUpToAdmission();
        c.time.advance(JoinProcedure.STEP_TIMEOUT.minusSeconds(1));
        assertThat(c.updateRecipients()).isEmpty();
        c.time.advance(Duration.ofSeconds(1));
        assertThat(c.updateRecipients()).isNotEmpty();
    }

    @Test
    void a_failed_attach_to_n_plus_1_starts_the_join_over_later() {
        t.join();
        Identifier<?> first = c.attachTargets().get(0);
        c.attaches.get(0).result().completeExceptionally(new ReloadException(ErrorCode.ERROR_REQUEST_TIMEOUT, "x"));
        assertThat(c.attaches).hasSize(1);
        c.time.advance(Duration.ofSeconds(5));
        assertThat(c.attachTargets()).containsExactly(first, first);
        assertThat(t.isJoined()).isFalse();
    }

    @Test
    void a_refused_join_starts_over_from_the_attach() {
        c.answerAtOnce = false;
        reachAdmittingPeer();
        Chords.update(t, AP, ChordUpdate.full(1, List.of(), List.of(), List.of()));
        FakeContext.Sent join = c.sent(MessageCode.JOIN_REQ).get(0);
        join.answer().completeExceptionally(new ReloadException(ErrorCode.ERROR_FORBIDDEN, "not my range"));
        assertThat(t.isJoined()).isFalse();
        int before = c.attaches.size();
        c.time.advance(Duration.ofSeconds(5));
        assertThat(c.attaches).hasSize(before + 1);
        assertThat(c.attaches.get(before).target()).isEqualTo(c.attaches.get(0).target());
    }

    @Test
    void no_update_of_the_admitting_peer_within_the_step_timeout_starts_over() {
        reachAdmittingPeer();
        c.time.advance(JoinProcedure.STEP_TIMEOUT);
        assertThat(c.sent(MessageCode.JOIN_REQ)).isEmpty();
        c.time.advance(Duration.ofSeconds(5));
        assertThat(c.attaches).hasSize(2);
    }

    @Test
    void the_first_node_takes_the_whole_ring_without_a_message() {
        FakeContext alone = new FakeContext(at(1));
        ChordTopology first = Chords.create(alone);
        first.join();
        assertThat(first.isJoined()).isTrue();
        assertThat(first.isResponsible(resourceAt(200))).isTrue();
        assertThat(alone.sent).isEmpty();
        assertThat(alone.attaches).isEmpty();
    }

    @Test
    void joining_a_lone_peer_needs_no_finger_attaches() {
        linkedTo(AP);
        reachAdmittingPeer();
        Chords.update(t, AP, ChordUpdate.full(1, List.of(), List.of(), List.of()));
        assertThat(c.attachTargets().subList(1, c.attachTargets().size())).containsExactly(AP);
        assertThat(c.sent(MessageCode.JOIN_REQ)).hasSize(1);
    }

    private void reachAdmittingPeer() {
        t.join();
        c.completeAttach(c.attachTargets().get(0), AP);
    }

    private void completeNeighbourAttaches() {
        for (NodeId n : List.of(at(130), at(140), at(90), at(80))) {
            c.completeAttach(n, n);
        }
    }

    private java.util.concurrent.CompletableFuture<NodeId> pending(Identifier<?> target) {
        return c.attaches.stream().filter(a -> a.target().equals(target)).findFirst().orElseThrow().result();
    }

    /** Steps 2 to 4 with AP_TABLE: every Attach ends, the one to node 70 in failure. */
    private void endAttaches() {
        reachAdmittingPeer();
        Chords.update(t, AP, AP_TABLE);
        completeNeighbourAttaches();
        pending(at(70)).completeExceptionally(new ReloadException(ErrorCode.ERROR_REQUEST_TIMEOUT, "gone"));
        c.completeAttach(resourceAt(228), at(230));
        c.completeAttach(resourceAt(164), at(165));
    }

    private void joinedUpToAdmission() {
        endAttaches();
        assertThat(t.isJoined()).isTrue();
    }
}

package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.topology.chord.Ids.at;
import static org.reloadj.topology.chord.Ids.resourceAt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.ChordLeaveType;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.body.LeaveReq;
import org.reloadj.wire.chord.ChordLeaveData;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;

/** Leaving (RFC 6940, 10.9), both ways. */
class LeavingTest {
    static final NodeId SELF = at(100);
    static final NodeId[] PEERS = {at(90), at(80), at(70), at(120), at(130), at(140), at(250)};

    @Test
    void predecessors_get_the_successor_list_and_successors_the_predecessor_list() throws WireException {
        FakeContext c = new FakeContext(SELF);
        ChordTopology t = Chords.joinedWith(c, PEERS);
        t.leave();
        Map<Identifier<?>, LeaveReq> leaves = leaves(c);
        assertThat(leaves.keySet()).containsExactlyInAnyOrder(at(90), at(80), at(70), at(120), at(130), at(140));
        for (LeaveReq leave : leaves.values()) {
            assertThat(leave.leavingPeerId()).isEqualTo(SELF);
        }
        for (NodeId pred : List.of(at(90), at(80), at(70))) {
            ChordLeaveData data = ChordLeaveData.decode(leaves.get(pred).overlaySpecificData(), WireContext.defaults());
            assertThat(data).isEqualTo(new ChordLeaveData(ChordLeaveType.FROM_SUCC, List.of(at(120), at(130), at(140))));
        }
        for (NodeId succ : List.of(at(120), at(130), at(140))) {
            ChordLeaveData data = ChordLeaveData.decode(leaves.get(succ).overlaySpecificData(), WireContext.defaults());
            assertThat(data).isEqualTo(new ChordLeaveData(ChordLeaveType.FROM_PRED, List.of(at(90), at(80), at(70))));
        }
    }

    @Test
    void in_a_small_ring_a_peer_that_is_both_gets_the_leave_of_the_nearer_relation() throws WireException {
        FakeContext c = new FakeContext(at(0));
        ChordTopology t = Chords.joinedWith(c, at(100), at(200));
        t.leave();
        Map<Identifier<?>, LeaveReq> leaves = leaves(c);
        assertThat(leaves).hasSize(2);
        assertThat(ChordLeaveData.decode(leaves.get(at(100)).overlaySpecificData(), WireContext.defaults()).type())
                .as("node 100 is the first successor, the second predecessor").isEqualTo(ChordLeaveType.FROM_PRED);
        assertThat(ChordLeaveData.decode(leaves.get(at(200)).overlaySpecificData(), WireContext.defaults()).type())
                .isEqualTo(ChordLeaveType.FROM_SUCC);
    }

    @Test
    void a_leaving_peer_owns_nothing_and_sends_its_former_range_to_its_successor() {
        FakeContext c = new FakeContext(SELF);
        ChordTopology t = leavingWithAnswersHeld(c);
        assertThat(t.isResponsible(resourceAt(95))).isFalse();
        assertThat(t.nextHops(resourceAt(95))).containsExactly(at(120));
        assertThat(t.responsiblePartsPerBillion()).isZero();
    }

    @Test
    void the_data_is_handed_over_before_the_leaves_go_out() {
        FakeContext c = new FakeContext(SELF);
        Chords.joinedWith(c, PEERS).leave();
        assertThat(c.responsibilityChanges).isEqualTo(1);
        assertThat(c.events.get(0)).isEqualTo("responsibilityChanged");
        assertThat(c.events.subList(1, c.events.size())).hasSize(6).allMatch(e -> e.startsWith("LEAVE_REQ"));
    }

    @Test
    void a_node_that_never_joined_leaves_without_a_word() {
        FakeContext c = new FakeContext(SELF);
        c.admittingPeer = Optional.of(at(10));
        c.connected.add(at(10));
        ChordTopology t = Chords.create(c);
        t.join();
        c.clearRecords();
        t.leave();
        assertThat(c.sent).isEmpty();
        assertThat(t.isJoined()).isFalse();
    }

    @Test
    void a_leave_from_the_successor_brings_its_successors_in() throws Exception {
        FakeContext c = new FakeContext(SELF);
        ChordTopology t = Chords.joinedWith(c, PEERS);
        c.connected.remove(at(120));
        t.onLeave(at(120), ChordLeaveData.fromSuccessor(List.of(at(125), at(130), at(140))).toOpaque());
        assertThat(t.routingTable()).doesNotContain(at(120));
        assertThat(c.attachTargets()).contains(at(125));
        c.completeAttach(at(125), at(125));
        assertThat(t.successors()).containsExactly(at(125), at(130), at(140));
    }

    @Test
    void a_leave_from_the_predecessor_hands_its_range_over_at_once() throws Exception {
        FakeContext c = new FakeContext(SELF);
        ChordTopology t = Chords.joinedWith(c, PEERS);
        t.onLeave(at(90), ChordLeaveData.fromPredecessor(List.of(at(85), at(80), at(70))).toOpaque());
        assertThat(t.isResponsible(resourceAt(86))).isTrue();
        assertThat(c.responsibilityChanges).isEqualTo(1);
        assertThat(c.attachTargets()).containsExactly(at(85));
    }

    @Test
    void a_leave_from_a_finger_only_drops_it() throws Exception {
        FakeContext c = new FakeContext(SELF);
        c.parameters.put("chord-reactive", "false");
        ChordTopology t = Chords.joinedWith(c, PEERS);
        t.onLeave(at(250), ChordLeaveData.fromPredecessor(List.of(at(245))).toOpaque());
        assertThat(t.routingTable()).doesNotContain(at(250));
        assertThat(c.attaches).isEmpty();
    }

    @Test
    void leave_data_that_is_no_chord_leave_data_is_invalid() {
        ChordTopology t = Chords.joinedWith(new FakeContext(SELF), PEERS);
        assertThatThrownBy(() -> t.onLeave(at(90), Opaque.fromHex("07")))
                .isInstanceOfSatisfying(ReloadException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE));
        assertThat(t.routingTable()).contains(at(90));
    }

    private static ChordTopology leavingWithAnswersHeld(FakeContext c) {
        c.answerAtOnce = false;
        ChordTopology t = Chords.joinedWith(c, PEERS);
        t.leave();
        return t;
    }

    private static Map<Identifier<?>, LeaveReq> leaves(FakeContext c) throws WireException {
        Map<Identifier<?>, LeaveReq> out = new LinkedHashMap<>();
        for (FakeContext.Sent s : c.sent(MessageCode.LEAVE_REQ)) {
            out.put(s.destination(), LeaveReq.decode(WireReader.of(s.body()), WireContext.defaults()));
        }
        assertThat(out).hasSameSizeAs(c.sent(MessageCode.LEAVE_REQ));
        return out;
    }
}

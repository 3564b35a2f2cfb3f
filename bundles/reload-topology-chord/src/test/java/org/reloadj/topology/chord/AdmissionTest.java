package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.topology.chord.Ids.at;
import static org.reloadj.topology.chord.Ids.resourceAt;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.ChordUpdateType;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.chord.ChordUpdate;

/** The admitting peer's steps (RFC 6940, 10.5, steps 5 to 8). */
class AdmissionTest {
    static final NodeId AP = at(120);
    static final NodeId JN = at(100);

    FakeContext c;
    ChordTopology ap;

    @BeforeEach
    void aPeerWithNeighbours() {
        c = new FakeContext(AP);
        ap = Chords.joinedWith(c, at(90), at(80), at(70), at(130), at(140), at(150), at(250));
        c.connected.add(JN);
    }

    @Test
    void a_join_from_the_range_of_this_peer_is_answered_with_no_data() throws Exception {
        assertThat(ap.onJoin(JN, Opaque.EMPTY)).isEqualTo(Opaque.EMPTY);
    }

    @Test
    void once_admitted_the_joining_node_owns_its_part_of_the_range() throws Exception {
        assertThat(ap.isResponsible(resourceAt(95))).isTrue();
        ap.onJoin(JN, Opaque.EMPTY);
        assertThat(ap.isResponsible(resourceAt(95))).isFalse();
        assertThat(ap.isResponsible(resourceAt(101))).isTrue();
        assertThat(ap.predecessors()).containsExactly(JN, at(90), at(80));
    }

    @Test
    void after_the_answer_the_data_moves_then_every_link_gets_an_update_naming_the_new_predecessor()
            throws Exception {
        ap.onJoin(JN, Opaque.EMPTY);
        assertThat(c.events).as("nothing before the JoinAns is sent").isEmpty();
        c.time.runDue();
        assertThat(c.events.get(0)).isEqualTo("responsibilityChanged");
        assertThat(c.responsibilityChanges).isEqualTo(1);
        List<FakeContext.Sent> updates = c.sent(MessageCode.UPDATE_REQ);
        assertThat(updates).extracting(FakeContext.Sent::destination)
                .containsExactlyInAnyOrder(JN, at(90), at(80), at(70), at(130), at(140), at(150), at(250));
        for (FakeContext.Sent u : updates) {
            ChordUpdate update = u.update();
            assertThat(update.type()).isEqualTo(ChordUpdateType.NEIGHBORS);
            assertThat(update.predecessors()).containsExactly(JN, at(90), at(80));
            assertThat(update.successors()).containsExactly(at(130), at(140), at(150));
        }
    }

    @Test
    void a_join_from_outside_the_range_is_forbidden() {
        c.connected.add(at(60));
        assertForbidden(() -> ap.onJoin(at(60), Opaque.EMPTY));
        assertForbidden(() -> ap.onJoin(at(125), Opaque.EMPTY));
    }

    @Test
    void a_join_from_a_node_without_a_link_is_forbidden() {
        c.connected.remove(JN);
        assertForbidden(() -> ap.onJoin(JN, Opaque.EMPTY));
    }

    @Test
    void a_node_that_has_not_joined_admits_nobody() {
        FakeContext other = new FakeContext(at(5));
        other.connected.add(at(3));
        other.admittingPeer = java.util.Optional.of(at(3));
        ChordTopology joining = Chords.create(other);
        joining.join();
        assertForbidden(() -> joining.onJoin(at(3), Opaque.EMPTY));
    }

    @Test
    void the_first_node_admits_anyone_linked_to_it() throws Exception {
        FakeContext first = new FakeContext(at(5));
        ChordTopology t = Chords.create(first);
        t.join();
        first.connected.add(at(200));
        t.onJoin(at(200), Opaque.EMPTY);
        first.time.runDue();
        assertThat(t.predecessors()).containsExactly(at(200));
        assertThat(t.successors()).containsExactly(at(200));
        assertThat(first.updateRecipients()).containsExactly(at(200));
        assertThat(t.isResponsible(resourceAt(201))).isTrue();
        assertThat(t.isResponsible(resourceAt(3))).isTrue();
        assertThat(t.isResponsible(resourceAt(100))).isFalse();
        assertThat(t.isResponsible(resourceAt(200))).isFalse();
    }

    @Test
    void a_predecessor_joining_again_still_gets_the_update_of_step_7() throws Exception {
        ap.onJoin(at(90), Opaque.EMPTY);
        c.time.runDue();
        assertThat(c.updateRecipients()).contains(at(90));
        assertThat(c.responsibilityChanges).isEqualTo(1);
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ReloadException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN));
    }
}

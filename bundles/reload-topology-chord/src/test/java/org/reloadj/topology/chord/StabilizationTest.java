package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.topology.chord.Ids.at;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.ChordUpdateType;
import org.reloadj.api.registry.MessageCode;

/** Stabilization timers (RFC 6940, 10.7.4; RFC 7363, 5). */
class StabilizationTest {
    static final NodeId SELF = at(0);
    static final NodeId[] PEERS = {at(20), at(40), at(60), at(200), at(220), at(240)};

    @Test
    void neighbours_get_an_update_about_every_update_interval() {
        FakeContext c = new FakeContext(SELF);
        c.parameters.put("chord-update-interval", "400");
        Chords.joinedWith(c, PEERS);
        c.time.advance(Duration.ofSeconds(199));
        assertThat(c.updateRecipients()).as("offset at least half an interval").isEmpty();
        c.time.advance(Duration.ofSeconds(401));
        assertThat(c.updateRecipients()).containsExactlyInAnyOrder(PEERS);
        assertThat(c.sent(MessageCode.UPDATE_REQ)).allMatch(s -> s.update().type() == ChordUpdateType.NEIGHBORS);
        c.clearRecords();
        c.time.advance(Duration.ofSeconds(400 * 100));
        int rounds = c.updateRecipients().size() / PEERS.length;
        assertThat(rounds).isBetween(67, 200);
    }

    @Test
    void peers_offset_their_updates_randomly_so_they_do_not_all_come_at_once() {
        java.util.Set<Long> firstRounds = new java.util.HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            FakeContext c = new FakeContext(SELF, new VirtualTime(), seed);
            c.parameters.put("chord-update-interval", "100");
            Chords.joinedWith(c, PEERS);
            long second = 0;
            while (c.updateRecipients().isEmpty()) {
                c.time.advance(Duration.ofSeconds(1));
                second++;
            }
            assertThat(second).isBetween(50L, 150L);
            firstRounds.add(second);
        }
        assertThat(firstRounds).hasSizeGreaterThan(5);
    }

    @Test
    void the_default_update_interval_is_ten_minutes() {
        FakeContext c = new FakeContext(SELF);
        Chords.joinedWith(c, PEERS);
        c.time.advance(Duration.ofSeconds(299));
        assertThat(c.updateRecipients()).isEmpty();
        c.time.advance(Duration.ofSeconds(601));
        assertThat(c.updateRecipients()).isNotEmpty();
    }

    @Test
    void an_invalid_finger_is_searched_for_at_most_once_per_ping_interval() {
        FakeContext c = new FakeContext(SELF);
        c.parameters.put("chord-ping-interval", "30");
        c.parameters.put("chord-update-interval", "100000");
        Chords.joinedWith(c, PEERS);
        c.time.advance(Duration.ofSeconds(30 * 40));
        List<Identifier<?>> searches = c.attachTargets();
        assertThat(searches).hasSizeBetween(5, 80);
        FingerTable geometry = new FingerTable(new Ring(16), SELF);
        for (Identifier<?> target : searches) {
            int i = geometry.indexOf(NodeId.of(target.bytes()));
            assertThat(i).as("a search targets an invalid entry: 1, 3 and 4 are valid here")
                    .isNotIn(1, 3, 4).isBetween(2, 16);
        }
    }

    @Test
    void the_finger_table_grows_to_reach_the_last_successor() {
        FakeContext c = new FakeContext(Ids.node(0));
        c.parameters.put("chord-ping-interval", "30");
        ChordTopology t = Chords.joinedWith(c, Ids.node(1), Ids.node(2), Ids.node(3), at(128));
        assertThat(t.fingerTableSize()).isEqualTo(16);
        c.time.advance(Duration.ofSeconds(60));
        assertThat(t.fingerTableSize()).isEqualTo(127);
    }

    @Test
    void a_self_tuning_peer_updates_only_its_first_predecessor_and_successor() {
        FakeContext c = selfTuning();
        ChordTopology t = Chords.joinedWith(c, PEERS);
        c.time.advance(t.stabilizationInterval().plusSeconds(1));
        assertThat(c.updateRecipients()).containsExactlyInAnyOrder(at(20), at(240));
    }

    @Test
    void a_self_tuning_peer_sizes_its_tables_from_the_network_size() {
        FakeContext c = selfTuning();
        List<NodeId> evenly = new ArrayList<>();
        for (int i = 1; i < 64; i++) {
            evenly.add(at(4 * i));
        }
        ChordTopology t = Chords.joinedWith(c, evenly.toArray(NodeId[]::new));
        c.time.advance(t.stabilizationInterval().plusSeconds(1));
        assertThat(t.estimatedNetworkSize()).isCloseTo(64, org.assertj.core.data.Offset.offset(0.01));
        assertThat(t.successors()).hasSize(6);
        assertThat(t.predecessors()).hasSize(6);
        assertThat(t.fingerTableSize()).isEqualTo(16);
    }

    @Test
    void the_self_tuned_interval_lengthens_as_the_ring_stays_quiet() {
        FakeContext c = selfTuning();
        ChordTopology t = Chords.joinedWith(c, PEERS);
        c.time.advance(Duration.ofHours(2));
        Duration early = t.stabilizationInterval();
        c.time.advance(Duration.ofDays(2));
        assertThat(t.stabilizationInterval()).isGreaterThan(early);
    }

    @Test
    void stabilization_stops_when_the_peer_leaves() {
        FakeContext c = new FakeContext(SELF);
        c.parameters.put("chord-ping-interval", "30");
        ChordTopology t = Chords.joinedWith(c, PEERS);
        t.leave();
        c.clearRecords();
        c.time.advance(Duration.ofHours(5));
        assertThat(c.sent).isEmpty();
        assertThat(c.attaches).isEmpty();
    }

    @Test
    void a_search_reaches_for_a_random_id_within_the_range() {
        FakeContext c = new FakeContext(SELF);
        c.parameters.put("chord-ping-interval", "30");
        Chords.joinedWith(c, PEERS);
        c.time.advance(Duration.ofSeconds(30 * 40));
        long distinct = c.attachTargets().stream().distinct().count();
        assertThat(distinct).as("random ids, not the range starts").isEqualTo(c.attachTargets().size());
        assertThat(c.attachTargets()).allMatch(target -> target instanceof ResourceId
                && !Ids.value(target).equals(BigInteger.ONE.shiftLeft(126)));
    }

    private static FakeContext selfTuning() {
        FakeContext c = new FakeContext(SELF);
        c.parameters.put("self-tuning", "true");
        return c;
    }
}

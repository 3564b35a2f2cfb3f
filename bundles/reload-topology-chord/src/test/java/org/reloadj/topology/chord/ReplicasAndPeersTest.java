package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.topology.chord.Ids.at;
import static org.reloadj.topology.chord.Ids.resourceAt;

import org.junit.jupiter.api.Test;
import org.reloadj.wire.chord.ChordUpdate;

/** Who may store replicas here (10.4), who may answer for a resource (6.3.4), who is a peer (4.2). */
class ReplicasAndPeersTest {
    private final FakeContext c = new FakeContext(at(100));
    private final ChordTopology t = Chords.joinedWith(c, at(90), at(80), at(70), at(120), at(130), at(140));

    @Test
    void the_first_two_predecessors_may_store_replicas_of_their_own_ranges() {
        assertThat(t.isPlausibleReplicaSource(resourceAt(85), at(90))).isTrue();
        assertThat(t.isPlausibleReplicaSource(resourceAt(90), at(90))).isTrue();
        assertThat(t.isPlausibleReplicaSource(resourceAt(75), at(80))).isTrue();
        assertThat(t.isPlausibleReplicaSource(resourceAt(75), at(90))).as("node 80's range").isFalse();
        assertThat(t.isPlausibleReplicaSource(resourceAt(95), at(90))).as("this peer's own range").isFalse();
    }

    @Test
    void the_third_predecessor_replicates_elsewhere() {
        assertThat(t.isPlausibleReplicaSource(resourceAt(65), at(70))).isFalse();
    }

    @Test
    void the_successor_may_hand_over_this_peers_range_and_nothing_else() {
        assertThat(t.isPlausibleReplicaSource(resourceAt(95), at(120))).isTrue();
        assertThat(t.isPlausibleReplicaSource(resourceAt(110), at(120))).isFalse();
        assertThat(t.isPlausibleReplicaSource(resourceAt(95), at(130))).isFalse();
    }

    @Test
    void replica_ranges_wrap_round_zero() {
        FakeContext z = new FakeContext(at(0));
        ChordTopology zero = Chords.joinedWith(z, at(250), at(240), at(20));
        assertThat(zero.isPlausibleReplicaSource(resourceAt(245), at(250))).isTrue();
        assertThat(zero.isPlausibleReplicaSource(Ids.resource(-1), at(250))).isFalse();
        assertThat(zero.isPlausibleReplicaSource(Ids.resource(-1), at(20))).isTrue();
    }

    @Test
    void a_responder_no_neighbour_is_closer_than_may_answer() {
        assertThat(t.mayRespondFor(at(130), resourceAt(125))).isTrue();
        assertThat(t.mayRespondFor(at(127), resourceAt(125))).as("a newcomer this peer has not met").isTrue();
        assertThat(t.mayRespondFor(at(140), resourceAt(125))).as("node 130 is closer").isFalse();
    }

    @Test
    void far_away_only_responders_beyond_the_neighbourhood_are_refused() {
        assertThat(t.mayRespondFor(at(201), resourceAt(200))).isTrue();
        assertThat(t.mayRespondFor(at(60), resourceAt(200))).isTrue();
        assertThat(t.mayRespondFor(at(75), resourceAt(200))).isFalse();
    }

    @Test
    void a_linked_node_is_a_peer_once_it_shows_itself_with_an_update() {
        assertThat(t.isPeer(at(90))).isTrue();
        c.connected.add(at(99));
        assertThat(t.isPeer(at(99))).isFalse();
        Chords.update(t, at(99), ChordUpdate.peerReady(1));
        assertThat(t.isPeer(at(99))).isTrue();
    }
}

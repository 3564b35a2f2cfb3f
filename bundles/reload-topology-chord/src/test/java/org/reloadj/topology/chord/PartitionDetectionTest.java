package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.topology.chord.Ids.at;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

/** Detecting partitioning (RFC 6940, 10.7.4.4). */
class PartitionDetectionTest {
    static final NodeId SELF = at(0);
    static final NodeId SUCCESSOR = at(40);
    static final NodeId[] PEERS = {SUCCESSOR, at(80), at(200), at(240)};
    static final NodeId BOOTSTRAP = at(120);
    /** A peer of another ring, between this peer and its successor. */
    static final NodeId OTHER = at(20);

    private static FakeContext joined() {
        FakeContext c = new FakeContext(SELF);
        c.parameters.put("chord-partition-check-interval", "60");
        c.bootstrapNode = Optional.of(BOOTSTRAP);
        Chords.joinedWith(c, PEERS);
        return c;
    }

    @Test
    void an_answer_from_neither_this_peer_nor_its_successor_shows_a_partition() {
        assertThat(PartitionDetector.isPartitioned(SELF, Optional.of(SUCCESSOR), OTHER)).isTrue();
        assertThat(PartitionDetector.isPartitioned(SELF, Optional.empty(), OTHER)).as("a peer alone").isTrue();
        assertThat(PartitionDetector.isPartitioned(SELF, Optional.of(SUCCESSOR), SUCCESSOR)).isFalse();
        assertThat(PartitionDetector.isPartitioned(SELF, Optional.of(SUCCESSOR), SELF)).isFalse();
    }

    @Test
    void the_ping_goes_through_the_bootstrap_node_to_this_peers_id_plus_one_every_check_interval() {
        FakeContext c = joined();
        c.pingAnswerer = target -> SUCCESSOR;
        c.time.advance(Duration.ofSeconds(29));
        assertThat(c.events).noneMatch(e -> e.startsWith("ping"));
        c.time.advance(Duration.ofSeconds(61));
        ResourceId plusOne = Ids.resource(Ids.value(SELF).add(BigInteger.ONE));
        assertThat(c.events).contains("ping via " + BOOTSTRAP + " to " + plusOne);
        c.time.advance(Duration.ofSeconds(600));
        assertThat(c.events.stream().filter(e -> e.startsWith("ping")).count()).isBetween(5L, 20L);
        assertThat(c.events).noneMatch(e -> e.startsWith("attach via"));
    }

    @Test
    void a_peer_of_another_ring_is_attached_to_through_the_bootstrap_node_and_sent_an_update() {
        FakeContext c = new FakeContext(SELF);
        c.parameters.put("chord-partition-check-interval", "60");
        c.bootstrapNode = Optional.of(BOOTSTRAP);
        c.pingAnswerer = target -> OTHER;
        ChordTopology t = Chords.joinedWith(c, PEERS);

        c.time.advance(Duration.ofSeconds(90));

        assertThat(c.events).contains("attach via " + BOOTSTRAP + " to " + OTHER);
        assertThat(c.updateRecipients()).contains(OTHER);
        assertThat(t.successors()).first().isEqualTo(OTHER);
    }

    @Test
    void without_a_bootstrap_node_to_contact_no_ping_is_sent() {
        FakeContext c = joined();
        c.bootstrapNode = Optional.empty();
        c.time.advance(Duration.ofSeconds(600));
        assertThat(c.events).noneMatch(e -> e.startsWith("ping"));
    }
}

package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

/**
 * Small rings built and shaken end to end through the topologies' own messages (joins, Updates,
 * failures, Leaves), checking the exact neighbour tables every node ends with.
 */
class RingScenariosTest {
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private static FakeOverlay grow(int n, long seed, Map<String, String> parameters) {
        FakeOverlay overlay = new FakeOverlay(parameters);
        List<NodeId> ids = Ids.random(n, seed);
        Random r = new Random(seed);
        overlay.first(ids.get(0));
        for (int i = 1; i < n; i++) {
            NodeId bootstrap = ids.get(r.nextInt(i));
            overlay.join(ids.get(i), bootstrap);
            overlay.run(SETTLE);
        }
        return overlay;
    }

    private static void assertExactTables(FakeOverlay overlay) {
        assertExactTables(overlay, false);
    }

    /** Three each way, or under self-tuning ceiling(log2(N)) of the node's estimate N, at least three. */
    private static void assertExactTables(FakeOverlay overlay, boolean selfTuning) {
        List<NodeId> ring = overlay.ring();
        for (FakeOverlay.Member m : overlay.members()) {
            NodeId id = m.topology().nodeId();
            int size = selfTuning ? SelfTuning.neighborListSize(m.topology().estimatedNetworkSize()) : 3;
            assertThat(m.topology().isJoined()).as("%s joined", id).isTrue();
            assertThat(m.topology().successors()).as("successors of %s", id)
                    .containsExactlyElementsOf(Chords.successorsOn(ring, id, size));
            assertThat(m.topology().predecessors()).as("predecessors of %s", id)
                    .containsExactlyElementsOf(Chords.predecessorsOn(ring, id, size));
        }
    }

    /** Exactly one node is responsible for each id, the first at or after it on the ring. */
    private static void assertOneOwnerEach(FakeOverlay overlay, long seed) {
        List<NodeId> ring = overlay.ring();
        Random r = new Random(seed);
        for (int k = 0; k < 200; k++) {
            byte[] b = new byte[16];
            r.nextBytes(b);
            ResourceId id = ResourceId.of(b);
            NodeId expected = ring.stream().filter(n -> n.bytes().compareTo(id.bytes()) >= 0).findFirst()
                    .orElse(ring.get(0));
            List<NodeId> owners = overlay.members().stream().filter(m -> m.topology().isResponsible(id))
                    .map(m -> m.topology().nodeId()).toList();
            assertThat(owners).as("owners of %s", id).containsExactly(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 8, 13})
    void nodes_joining_one_by_one_build_the_exact_neighbour_tables(int n) {
        FakeOverlay overlay = grow(n, 1000 + n, Map.of());
        assertExactTables(overlay);
        assertOneOwnerEach(overlay, n);
    }

    @Test
    void the_shares_of_the_ring_add_up_to_the_whole() {
        FakeOverlay overlay = grow(9, 42, Map.of());
        long total = overlay.members().stream().mapToLong(m -> m.topology().responsiblePartsPerBillion()).sum();
        assertThat(total).isBetween(999_999_990L, 1_000_000_000L);
    }

    @Test
    void every_lookup_reaches_the_responsible_node_in_few_hops() {
        FakeOverlay overlay = grow(20, 77, Map.of());
        List<NodeId> ring = overlay.ring();
        Random r = new Random(5);
        int maxHops = 0;
        for (int k = 0; k < 300; k++) {
            byte[] b = new byte[16];
            r.nextBytes(b);
            ResourceId id = ResourceId.of(b);
            FakeOverlay.Member at = overlay.members().get(r.nextInt(ring.size()));
            int hops = 0;
            while (!at.topology().isResponsible(id)) {
                NodeId next = at.topology().nextHops(id).get(0);
                assertThat(at.context().connected).contains(next);
                at = overlay.member(next);
                hops++;
                assertThat(hops).as("lookup of %s loops", id).isLessThan(20);
            }
            NodeId expected = ring.stream().filter(n -> n.bytes().compareTo(id.bytes()) >= 0).findFirst()
                    .orElse(ring.get(0));
            assertThat(at.topology().nodeId()).isEqualTo(expected);
            maxHops = Math.max(maxHops, hops);
        }
        assertThat(maxHops).isLessThanOrEqualTo(8);
    }

    @Test
    void the_neighbours_of_a_failed_node_repair_their_tables() {
        FakeOverlay overlay = grow(10, 3, Map.of());
        NodeId victim = overlay.ring().get(4);
        overlay.crash(victim);
        overlay.run(Duration.ofSeconds(60));
        assertExactTables(overlay);
        assertOneOwnerEach(overlay, 9);
    }

    @Test
    void two_adjacent_failures_are_survived() {
        FakeOverlay overlay = grow(12, 8, Map.of());
        List<NodeId> ring = overlay.ring();
        overlay.crash(ring.get(5));
        overlay.crash(ring.get(6));
        overlay.run(Duration.ofSeconds(60));
        assertExactTables(overlay);
    }

    @Test
    void a_leaving_node_is_written_out_of_every_table() {
        FakeOverlay overlay = grow(9, 21, Map.of());
        NodeId leaving = overlay.ring().get(3);
        overlay.member(leaving).topology().leave();
        overlay.run(Duration.ofSeconds(5));
        assertThat(overlay.member(leaving).topology().isJoined()).isFalse();
        overlay.crash(leaving);
        overlay.run(Duration.ofSeconds(30));
        assertExactTables(overlay);
        assertOneOwnerEach(overlay, 4);
    }

    @Test
    void nodes_joining_at_once_settle_into_the_exact_tables() {
        FakeOverlay overlay = grow(5, 55, Map.of());
        List<NodeId> newcomers = Ids.random(6, 999);
        List<NodeId> bootstraps = overlay.ring();
        for (int i = 0; i < newcomers.size(); i++) {
            overlay.join(newcomers.get(i), bootstraps.get(i % bootstraps.size()));
        }
        overlay.run(Duration.ofMinutes(30));
        assertExactTables(overlay);
        assertOneOwnerEach(overlay, 6);
    }

    @Test
    void a_self_tuning_ring_builds_the_same_tables() {
        FakeOverlay overlay = grow(12, 31, Map.of("self-tuning", "true"));
        overlay.run(Duration.ofMinutes(30));
        assertExactTables(overlay, true);
        assertThat(overlay.members()).anyMatch(m -> m.topology().successors().size() > 3);
        for (FakeOverlay.Member m : overlay.members()) {
            assertThat(m.topology().estimatedNetworkSize()).isBetween(2.0, 32.0);
        }
    }

    @Test
    void a_ring_without_reactive_recovery_still_converges_by_stabilization() {
        FakeOverlay overlay = grow(8, 64, Map.of("chord-reactive", "false", "chord-update-interval", "60"));
        overlay.crash(overlay.ring().get(2));
        overlay.run(Duration.ofMinutes(10));
        assertExactTables(overlay);
    }

    @Test
    void fingers_point_into_their_ranges() {
        FakeOverlay overlay = grow(16, 12, Map.of());
        for (FakeOverlay.Member m : overlay.members()) {
            FingerTable geometry = new FingerTable(new Ring(16), m.topology().nodeId());
            BigInteger self = Ids.value(m.topology().nodeId());
            for (NodeId f : m.topology().fingers()) {
                assertThat(geometry.indexOf(f)).isBetween(1, 16);
                assertThat(Ids.value(f)).isNotEqualTo(self);
            }
            assertThat(m.topology().fingers()).isSorted();
        }
    }
}

package org.reloadj.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Cancellable;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.topology.TopologyContext;

class StaticRingTopologyTest {
    private static final List<NodeId> RING = List.of(id(0x40), id(0x10), id(0x80), id(0xC0));

    private static NodeId id(int top) {
        byte[] b = new byte[16];
        b[0] = (byte) top;
        return NodeId.of(b);
    }

    private static ResourceId resource(int top) {
        byte[] b = new byte[16];
        b[0] = (byte) top;
        return ResourceId.of(b);
    }

    /** A context with a fixed identity and connection table. */
    private static TopologyContext context(NodeId self, Set<NodeId> connected) {
        return new TopologyContext() {
            public NodeId localNodeId() {
                return self;
            }

            public int nodeIdLength() {
                return 16;
            }

            public Clock clock() {
                return Clock.systemUTC();
            }

            public Cancellable schedule(Duration delay, Runnable task) {
                throw new UnsupportedOperationException();
            }

            public RandomGenerator random() {
                return RandomGenerator.getDefault();
            }

            public Set<NodeId> connectedPeers() {
                return connected;
            }

            public CompletionStage<NodeId> attach(Identifier<?> target) {
                throw new UnsupportedOperationException();
            }

            public CompletionStage<Opaque> request(Identifier<?> destination, MessageCode code, Opaque body) {
                throw new UnsupportedOperationException();
            }

            public void responsibilityChanged() {
            }

            public Map<String, String> parameters() {
                return Map.of();
            }

            public Optional<NodeId> admittingPeer() {
                return Optional.empty();
            }
        };
    }

    @Test
    void the_successor_of_an_id_is_responsible_for_it_around_the_ring() {
        StaticRingTopology at40 = new StaticRingTopology(context(id(0x40), Set.of()), RING);
        StaticRingTopology at10 = new StaticRingTopology(context(id(0x10), Set.of()), RING);

        assertThat(at40.isResponsible(resource(0x11))).isTrue();
        assertThat(at40.isResponsible(resource(0x40))).isTrue();
        assertThat(at40.isResponsible(resource(0x41))).isFalse();
        assertThat(at10.isResponsible(resource(0xC1))).isTrue();
        assertThat(at10.isResponsible(resource(0x05))).isTrue();
    }

    @Test
    void the_next_hop_is_the_responsible_peer_when_connected_else_the_closest_connected_member_before_the_target() {
        StaticRingTopology at10 = new StaticRingTopology(context(id(0x10), Set.of(id(0x40), id(0x80), id(0xEE))), RING);

        assertThat(at10.nextHops(resource(0x70))).containsExactly(id(0x80));
        assertThat(at10.nextHops(resource(0x90))).containsExactly(id(0x80));
        assertThat(at10.nextHops(resource(0xF0))).containsExactly(id(0x80));
        assertThat(at10.nextHops(resource(0x30))).containsExactly(id(0x40));
    }

    @Test
    void no_next_hop_when_no_connected_member_comes_before_the_target() {
        StaticRingTopology at10 = new StaticRingTopology(context(id(0x10), Set.of(id(0xC0))), RING);

        assertThat(at10.nextHops(resource(0x30))).isEmpty();
    }

    @Test
    void the_shares_of_the_ring_add_up_to_a_billion_parts() {
        long total = RING.stream().mapToLong(n -> new StaticRingTopology(context(n, Set.of()), RING)
                .responsiblePartsPerBillion()).sum();

        assertThat(total).isBetween(999_999_996L, 1_000_000_000L);
        assertThat(new StaticRingTopology(context(id(0x40), Set.of()), RING).responsiblePartsPerBillion())
                .isEqualTo(187_500_000L);
    }

    @Test
    void replicas_are_the_two_members_after_the_responsible_one() {
        StaticRingTopology at10 = new StaticRingTopology(context(id(0x10), Set.of()), RING);

        assertThat(at10.replicaSet(resource(0x90))).containsExactly(id(0x10), id(0x40));
    }

    @Test
    void resource_names_hash_with_sha1_cut_to_the_node_id_length() {
        StaticRingTopology at10 = new StaticRingTopology(context(id(0x10), Set.of()), RING);

        assertThat(at10.resourceId(Opaque.utf8("abc"))).isEqualTo(ResourceId.fromHex("a9993e364706816aba3e25717850c26c"));
    }
}

package org.reloadj.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Cancellable;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.topology.Topology;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.api.topology.TopologyPlugin;

/**
 * The topology of a running node across plug-in replacements: the old instance leaves with its
 * timers and hand-over silenced, the node is detached while no plug-in is there, and the new
 * instance joins again, alone if the node is a bootstrap node.
 */
class LiveTopologyTest {
    private static final NodeId SELF = NodeId.fromHex("10000000000000000000000000000000");
    private static final NodeId PEER = NodeId.fromHex("20000000000000000000000000000000");

    private final NodeContext node = new NodeContext();
    private final Plugin first = new Plugin();
    private final LiveTopology live = new LiveTopology(Optional.of(first));

    @Test
    void the_first_plug_in_makes_the_topology_and_joins_when_asked() {
        live.create(node);
        live.join();
        assertThat(first.made).hasSize(1);
        assertThat(first.made.get(0).events).containsExactly("join with [" + PEER + "]");
        assertThat(live.algorithm()).contains("TEST");
        assertThat(live.isJoined()).isTrue();
    }

    @Test
    void without_a_plug_in_the_node_is_detached_and_the_old_instance_left_silently() {
        live.create(node);
        live.join();
        Recording old = first.made.get(0);

        live.replace(Optional.empty());

        assertThat(old.events).containsExactly("join with [" + PEER + "]", "leave");
        assertThat(live.isJoined()).isFalse();
        assertThat(live.nextHops(PEER)).isEmpty();
        assertThat(live.isResponsible(ResourceId.fromHex("00"))).isFalse();
        assertThatThrownBy(() -> live.resourceId(Opaque.utf8("x"))).isInstanceOf(IllegalStateException.class);
        old.context.responsibilityChanged();
        assertThat(node.responsibilityChanges).as("a retired instance's hand-over is ignored").isZero();
        old.context.schedule(Duration.ZERO, () -> old.events.add("timer"));
        node.runTimers();
        assertThat(old.events).as("a retired instance's timers do not fire").doesNotContain("timer");
    }

    @Test
    void a_new_plug_in_rejoins_through_the_links_and_a_bootstrap_node_rejoins_alone() {
        live.create(node);
        live.join();
        Plugin second = new Plugin();

        live.replace(Optional.of(second));
        assertThat(second.made.get(0).events).containsExactly("join with [" + PEER + "]");
        assertThat(live.uses(second)).isTrue();

        live.bootstrapNode(true);
        Plugin third = new Plugin();
        live.replace(Optional.of(third));
        assertThat(third.made.get(0).events).containsExactly("join with []");
        assertThat(third.made.get(0).context.connectedPeers()).as("only while joining").containsExactly(PEER);
        third.made.get(0).context.responsibilityChanged();
        assertThat(node.responsibilityChanges).isEqualTo(1);
    }

    @Test
    void a_node_that_left_does_not_rejoin_with_a_new_plug_in() {
        live.create(node);
        live.join();
        live.leave();
        Plugin second = new Plugin();
        live.replace(Optional.of(second));
        assertThat(second.made.get(0).events).isEmpty();
    }

    /** A plug-in making recording topologies. */
    private static final class Plugin implements TopologyPlugin {
        final List<Recording> made = new ArrayList<>();

        @Override
        public String algorithm() {
            return "TEST";
        }

        @Override
        public Topology create(TopologyContext context) {
            Recording t = new Recording(context);
            made.add(t);
            return t;
        }
    }

    /** A topology recording join and leave, joined once asked to join. */
    private static final class Recording implements Topology {
        final TopologyContext context;
        final List<String> events = new ArrayList<>();
        private boolean joined;

        Recording(TopologyContext context) {
            this.context = context;
        }

        @Override
        public ResourceId resourceId(Opaque resourceName) {
            return ResourceId.of(resourceName);
        }

        @Override
        public boolean isResponsible(ResourceId id) {
            return true;
        }

        @Override
        public List<NodeId> nextHops(Identifier<?> target) {
            return List.of(PEER);
        }

        @Override
        public List<NodeId> replicaSet(ResourceId id) {
            return List.of();
        }

        @Override
        public long responsiblePartsPerBillion() {
            return 0;
        }

        @Override
        public void join() {
            joined = true;
            events.add("join with " + context.connectedPeers());
        }

        @Override
        public void leave() {
            joined = false;
            events.add("leave");
        }

        @Override
        public Opaque onJoin(NodeId joiningPeer, Opaque data) {
            return Opaque.EMPTY;
        }

        @Override
        public void onLeave(NodeId leavingPeer, Opaque data) {
        }

        @Override
        public Opaque onUpdate(NodeId sender, Opaque update) {
            return Opaque.EMPTY;
        }

        @Override
        public Opaque onRouteQuery(NodeId sender, boolean sendUpdate, Identifier<?> destination, Opaque data) {
            return Opaque.EMPTY;
        }

        @Override
        public void onNeighborUp(NodeId peer) {
        }

        @Override
        public void onNeighborDown(NodeId peer) {
        }

        @Override
        public boolean isJoined() {
            return joined;
        }
    }

    /** The node's side: one linked peer, timers run on demand, responsibility changes counted. */
    private static final class NodeContext implements TopologyContext {
        private final List<Runnable> timers = new ArrayList<>();
        int responsibilityChanges;

        void runTimers() {
            List.copyOf(timers).forEach(Runnable::run);
            timers.clear();
        }

        @Override
        public NodeId localNodeId() {
            return SELF;
        }

        @Override
        public int nodeIdLength() {
            return 16;
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            timers.add(task);
            return () -> timers.remove(task);
        }

        @Override
        public RandomGenerator random() {
            return new SplittableRandom(1);
        }

        @Override
        public Set<NodeId> connectedPeers() {
            return Set.of(PEER);
        }

        @Override
        public CompletionStage<NodeId> attach(Identifier<?> target) {
            return CompletableFuture.completedFuture(PEER);
        }

        @Override
        public CompletionStage<Opaque> request(Identifier<?> destination, MessageCode code, Opaque body) {
            return CompletableFuture.completedFuture(Opaque.EMPTY);
        }

        @Override
        public void responsibilityChanged() {
            responsibilityChanges++;
        }

        @Override
        public Map<String, String> parameters() {
            return Map.of();
        }

        @Override
        public Optional<NodeId> admittingPeer() {
            return Optional.empty();
        }
    }
}

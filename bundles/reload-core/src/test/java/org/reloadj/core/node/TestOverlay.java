package org.reloadj.core.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.sim.SharedKeySecurity;
import org.reloadj.core.sim.StaticRingTopology;
import org.reloadj.core.time.Stages;
import org.reloadj.core.time.VirtualScheduler;

/**
 * Nodes on a static ring over an in-memory network on virtual time. Node {@code i} has the Node-ID
 * {@code (i+1)0 00...00} (hex), so the nodes sort by index and node {@code i} is responsible for
 * {@link #resourceOf(int)}.
 */
final class TestOverlay {
    static final String OVERLAY = "overlay.example.org";
    static final byte[] KEY = "shared test key".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    final VirtualScheduler scheduler = new VirtualScheduler(START);
    final InMemoryNetwork network = new InMemoryNetwork(scheduler, 42);
    final List<NodeId> ids = new ArrayList<>();
    final List<Node> nodes = new ArrayList<>();
    final List<TestConfiguration> configs = new ArrayList<>();

    /** {@code n} nodes with default settings, listening, not yet linked. */
    TestOverlay(int n) {
        this(n, (i, b) -> { });
    }

    /** {@code n} nodes whose settings {@code tweak} adjusts by index. */
    TestOverlay(int n, BiConsumer<Integer, NodeSettings.Builder> tweak) {
        for (int i = 0; i < n; i++) {
            ids.add(nodeId(i));
        }
        for (int i = 0; i < n; i++) {
            NodeSettings.Builder settings = NodeSettings.builder(OVERLAY, ids.get(i));
            tweak.accept(i, settings);
            TestConfiguration config = new TestConfiguration(1);
            configs.add(config);
            Node node = Node.builder().settings(settings.build()).scheduler(scheduler)
                    .random(new SplittableRandom(1000 + i)).security(new SharedKeySecurity(KEY, ids.get(i), "user" + i))
                    .configuration(config).configUpdates(config).topology(StaticRingTopology.plugin(ids)::create)
                    .links(network.provider(ids.get(i))).resourceCount(() -> 7).build();
            nodes.add(node);
            node.listen(InMemoryNetwork.address(i));
        }
        scheduler.runUntilIdle();
    }

    static NodeId nodeId(int i) {
        byte[] b = new byte[16];
        b[0] = (byte) ((i + 1) * 0x10);
        return NodeId.of(b);
    }

    /** A Resource-ID node {@code i} is responsible for: just below its Node-ID. */
    static ResourceId resourceOf(int i) {
        byte[] b = nodeId(i).bytes().toByteArray();
        b[0] = (byte) (b[0] - 1);
        b[15] = 0x42;
        return ResourceId.of(b);
    }

    Node node(int i) {
        return nodes.get(i);
    }

    StaticRingTopology topology(int i) {
        return (StaticRingTopology) nodes.get(i).topology();
    }

    /** Links each node to the next, around the ring. */
    TestOverlay linkRing() {
        for (int i = 0; i < nodes.size(); i++) {
            link(i, (i + 1) % nodes.size());
        }
        return this;
    }

    /** Opens a link from node {@code a} to node {@code b}. */
    TestOverlay link(int a, int b) {
        await(nodes.get(a).connect(InMemoryNetwork.address(b)));
        return this;
    }

    /** Runs the network until {@code stage} completes; fails if it never does. */
    <T> T await(CompletionStage<T> stage) {
        return Stages.run(scheduler, stage).join();
    }

    /** Runs the network until {@code stage} fails; returns the RELOAD error code. */
    ErrorCode failure(CompletionStage<?> stage) {
        return Stages.failure(scheduler, stage).errorCode();
    }
}

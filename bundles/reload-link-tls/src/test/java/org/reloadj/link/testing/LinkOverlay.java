package org.reloadj.link.testing;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.core.net.MessageTrace;
import org.reloadj.core.net.SerialLinkProvider;
import org.reloadj.core.net.TracingLinkProvider;
import org.reloadj.core.node.ConfigurationSource;
import org.reloadj.core.node.Node;
import org.reloadj.core.node.NodeSettings;
import org.reloadj.core.sim.SharedKeySecurity;
import org.reloadj.core.sim.StaticRingTopology;
import org.reloadj.core.time.EventLoopScheduler;

/**
 * A small overlay of {@link Node}s over real links on 127.0.0.1, each node on its own event loop:
 * node {@code i} has the Node-ID {@code (i+1)0 00..00}, certificates of one CA, and the static ring
 * topology of core's simulator. Nodes join by contacting node 0 as their bootstrap node (RFC 6940,
 * 11.4), the last first, so that the peer responsible for each joining node's Node-ID + 1 is
 * already reachable from node 0.
 */
public final class LinkOverlay implements AutoCloseable {
    public static final String OVERLAY = TestIdentities.OVERLAY;
    private static final byte[] KEY = "link overlay test".getBytes(StandardCharsets.UTF_8);
    private static final long WAIT_SECONDS = 60;

    private final List<NodeId> ids = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<EventLoopScheduler> loops = new ArrayList<>();
    private final List<InetSocketAddress> addresses = new ArrayList<>();

    /** {@code n} nodes listening through {@code provider}, not yet joined. */
    public LinkOverlay(int n, OverlayLinkProvider provider, TestIdentities pki) throws Exception {
        this(n, provider, pki, Optional.empty());
    }

    /** {@code n} nodes listening through {@code provider}, writing what they send to {@code trace}. */
    public LinkOverlay(int n, OverlayLinkProvider provider, TestIdentities pki, Optional<MessageTrace> trace)
            throws Exception {
        OverlayLinkProvider links = trace.<OverlayLinkProvider>map(t -> new TracingLinkProvider(provider, t, false))
                .orElse(provider);
        for (int i = 0; i < n; i++) {
            ids.add(nodeId(i));
        }
        for (int i = 0; i < n; i++) {
            EventLoopScheduler loop = new EventLoopScheduler("node-" + i);
            loops.add(loop);
            Node node = Node.builder().settings(NodeSettings.builder(OVERLAY, ids.get(i)).build()).scheduler(loop)
                    .random(new SplittableRandom(i)).security(new SharedKeySecurity(KEY, ids.get(i), "user" + i))
                    .configuration(new FixedConfiguration()).topology(StaticRingTopology.plugin(ids)::create)
                    .links(new SerialLinkProvider(links, loop)).credentials(pki.credentials(ids.get(i))).build();
            nodes.add(node);
            addresses.add(on(i, () -> node.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))));
        }
    }

    /** Node {@code i}'s Node-ID. */
    public static NodeId nodeId(int i) {
        byte[] b = new byte[TestIdentities.NODE_ID_LENGTH];
        b[0] = (byte) ((i + 1) * 0x10);
        return NodeId.of(b);
    }

    /** Every node but node 0 contacts node 0 as bootstrap node, the last first; returns the admitting peers. */
    public List<NodeId> join() throws Exception {
        List<NodeId> admitting = new ArrayList<>();
        for (int i = nodes.size() - 1; i > 0; i--) {
            Node node = nodes.get(i);
            admitting.add(0, on(i, () -> node.bootstrap(List.of(addresses.get(0)))));
        }
        return admitting;
    }

    /** Every node pings every node (itself too) by Node-ID; fails unless the right node answers each. */
    public void pingEveryPair() throws Exception {
        for (int from = 0; from < size(); from++) {
            for (int to = 0; to < size(); to++) {
                Node node = nodes.get(from);
                NodeId target = ids.get(to);
                NodeId responder = on(from, () -> node.ping(target)).responder();
                if (!responder.equals(target)) {
                    throw new AssertionError("a ping to " + target + " was answered by " + responder);
                }
            }
        }
    }

    /** Runs {@code action} on node {@code i}'s loop and waits for its stage. */
    public <T> T on(int i, Supplier<? extends CompletionStage<T>> action) throws Exception {
        return loops.get(i).call(action).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    public Node node(int i) {
        return nodes.get(i);
    }

    public NodeId id(int i) {
        return ids.get(i);
    }

    public int size() {
        return nodes.size();
    }

    /** The time a test may wait for the overlay. */
    public static Duration patience() {
        return Duration.ofSeconds(WAIT_SECONDS);
    }

    @Override
    public void close() throws Exception {
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            loops.get(i).call(() -> {
                node.close();
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }).get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        loops.forEach(EventLoopScheduler::close);
    }

    /** Configuration sequence 1 for every node. */
    private static final class FixedConfiguration implements ConfigurationSource {
        @Override
        public int sequence() {
            return 1;
        }

        @Override
        public Opaque document() {
            return Opaque.utf8("sequence=1");
        }
    }
}

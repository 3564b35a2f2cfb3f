package org.reloadj.core.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.node.NodeStatus;
import org.reloadj.api.node.OverlayNode;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.topology.TopologyPlugin;
import org.reloadj.config.ValidationContext;
import org.reloadj.core.config.ConfigurationState;
import org.reloadj.core.config.ConfiguredNode;
import org.reloadj.core.net.MessageTrace;
import org.reloadj.core.net.SerialLinkProvider;
import org.reloadj.core.net.TracingLinkProvider;
import org.reloadj.core.peer.ReloadNode;
import org.reloadj.core.peer.StorageService;
import org.reloadj.core.security.OverlaySecurity;
import org.reloadj.core.storage.KindTable;
import org.reloadj.core.time.EventLoopScheduler;
import org.reloadj.core.usage.UsageRegistry;
import org.reloadj.security.Credentials;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.signature.CertificateSource;

/**
 * A whole node running on real time (RFC 6940, 1.2): a {@link ReloadNode} built from
 * {@link NodeOptions} on an event loop of its own, over a link provider whose callbacks are put
 * on that loop, with a topology plug-in that may be replaced while it runs ({@link LiveTopology})
 * and a message trace that can be switched on and off. Plain Java: the OSGi component, the
 * command-line client and tests run it alike.
 *
 * <p>{@link #start} builds it and, for a peer, listens; {@link #join} makes it part of the
 * overlay. Thread-safe: every method may be called from any thread.
 */
public final class RunningNode implements OverlayNode, AutoCloseable {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final NodeOptions options;
    private final EventLoopScheduler loop;
    private final LiveTopology topology;
    private final ReloadNode node;
    private final Overlay overlay;
    private final AtomicReference<Tracing> trace = new AtomicReference<>();
    private volatile InetSocketAddress address;
    private volatile boolean clientLinked;

    private RunningNode(NodeOptions options, EventLoopScheduler loop, LiveTopology topology, ReloadNode node) {
        this.options = options;
        this.loop = loop;
        this.topology = topology;
        this.node = node;
        this.overlay = new LoopOverlay(node.overlay(), loop);
    }

    /** A message trace switched on, and its file. */
    private record Tracing(MessageTrace trace, Path file) {
    }

    /**
     * Builds the node of {@code options} with the links of {@code links} (of the options' link
     * type), the topology of {@code plugin} (detached while empty), and {@code certificates} to
     * find signers' certificates in; a peer then listens. Completes with the node.
     *
     * @throws ReloadSecurityException when the configuration's root certificates or the node's key
     *                                 cannot be used
     */
    public static CompletionStage<RunningNode> start(NodeOptions options, OverlayLinkProvider links,
            Optional<TopologyPlugin> plugin, CertificateSource certificates) throws ReloadSecurityException {
        Credentials credentials = options.credentials();
        NodeId nodeId = credentials.certificate().nodeIds().get(0);
        Clock clock = Clock.systemUTC();
        ConfigurationState state = new ConfigurationState(options.document(), options.overlayName(),
                ValidationContext.defaults().withClock(clock));
        LinkCredentials linkCredentials = ConfiguredNode.linkCredentials(state.configuration(),
                new LinkCredentials(credentials.privateKey(), credentials.chain(), roots(state),
                        Optional.empty(), Optional.empty()), nodeId);
        OverlaySecurity security = OverlaySecurity.of(credentials,
                ConfiguredNode.validator(state.configuration(), clock), certificates);
        EventLoopScheduler loop = links.ioExecutor(linkCredentials)
                .map(io -> EventLoopScheduler.on(io, clock))
                .orElseGet(() -> new EventLoopScheduler("reloadj-node-" + nodeId.toString().substring(0, 8), clock));
        try {
            LiveTopology topology = new LiveTopology(plugin);
            AtomicReference<RunningNode> self = new AtomicReference<>();
            Supplier<MessageTrace> currentTrace = () -> {
                RunningNode n = self.get();
                Tracing t = n == null ? null : n.trace.get();
                return t == null ? null : t.trace();
            };
            ReloadNode node = ReloadNode.builder()
                    .settings(ConfiguredNode.settings(state.configuration(), nodeId).client(options.client()).build())
                    .scheduler(loop).security(security).configuration(state).topology(topology::create)
                    .links(new SerialLinkProvider(new TracingLinkProvider(links, currentTrace, true), loop))
                    .linkCredentials(linkCredentials)
                    .build();
            RunningNode running = new RunningNode(options, loop, topology, node);
            self.set(running);
            if (options.client()) {
                return CompletableFuture.completedFuture(running);
            }
            return loop.call(() -> node.node().listen(options.listen())).thenApplyAsync(bound -> {
                running.address = bound;
                return running;
            }, Callbacks.executor()).whenComplete((r, failure) -> {
                if (failure != null) {
                    running.close();
                }
            });
        } catch (RuntimeException e) {
            loop.close();
            throw e;
        }
    }

    /** The configuration's root-certs (11.1), which the links trust. */
    private static List<X509Certificate> roots(ConfigurationState state) throws ReloadSecurityException {
        List<X509Certificate> roots = new ArrayList<>();
        for (Opaque der : state.configuration().rootCertificates()) {
            roots.add(ReloadCertificate.x509(der));
        }
        return roots;
    }

    /**
     * Makes the node part of its overlay: a peer contacts the bootstrap nodes and joins (RFC 6940,
     * 11.4, 10.5); a client links to a bootstrap node (4.2.1). Completes with the node's status
     * once done, or fails after {@code timeout}.
     */
    public CompletionStage<NodeStatus> join(Duration timeout) {
        return loop.call(() -> {
            Joiner joiner = new Joiner(node.node(), loop, address);
            topology.bootstrapNode(options.bootstrapNodes().stream().anyMatch(joiner::isSelf));
            if (options.client()) {
                return joiner.linkAsClient(options.bootstrapNodes()).thenApply(peer -> {
                    clientLinked = true;
                    return null;
                });
            }
            return joiner.joinAsPeer(options.bootstrapNodes(), timeout);
        }).thenApplyAsync(ignored -> status(), Callbacks.executor());
    }

    /**
     * Replaces the topology plug-in (RFC 6940, 1.2.3): the routing state is rebuilt by joining
     * again through the node's links, the stored data stays (see {@link LiveTopology#replace}).
     */
    public CompletionStage<Void> replaceTopology(Optional<TopologyPlugin> plugin) {
        return loop.call(() -> {
            topology.replace(plugin);
            return CompletableFuture.<Void>completedFuture(null);
        }).thenApplyAsync(Function.identity(), Callbacks.executor());
    }

    /** Whether {@code plugin} is the topology plug-in in use. */
    public boolean uses(TopologyPlugin plugin) {
        return onLoop(() -> topology.uses(plugin));
    }

    /** The node's usages and kinds: adding or removing a usage changes its kinds at once. */
    public UsageRegistry usages() {
        return node.usages();
    }

    /** The options the node was built with. */
    public NodeOptions options() {
        return options;
    }

    @Override
    public Overlay overlay() {
        return overlay;
    }

    @Override
    public NodeStatus status() {
        return onLoop(() -> new NodeStatus(options.overlayName(), node.node().settings().nodeId(),
                options.credentials().certificate().userName(), options.client(),
                options.client() ? clientLinked : topology.isJoined(), Optional.ofNullable(address),
                topology.algorithm(), options.linkType(), node.node().connectedPeers().size(),
                node.storage().map(StorageService::storedResources).map(List::size).orElse(0)));
    }

    @Override
    public List<NodeId> neighbors() {
        return onLoop(topology::neighbors);
    }

    @Override
    public List<NodeId> fingers() {
        return onLoop(topology::fingers);
    }

    @Override
    public List<KindDefinition> kinds() {
        KindTable table = node.usages().table();
        return table.kindIds().stream().sorted().map(id -> table.find(id).orElseThrow().definition()).toList();
    }

    @Override
    public List<NodeId> route(Identifier<?> destination) {
        return onLoop(() -> topology.nextHops(destination));
    }

    @Override
    public void startTrace(Path file) throws IOException {
        Tracing next = new Tracing(MessageTrace.open(file), file);
        Tracing before = trace.getAndSet(next);
        if (before != null) {
            before.trace().close();
        }
    }

    @Override
    public Optional<Path> stopTrace() throws IOException {
        Tracing before = trace.getAndSet(null);
        if (before == null) {
            return Optional.empty();
        }
        before.trace().close();
        return Optional.of(before.file());
    }

    @Override
    public CompletionStage<Void> leave() {
        return loop.call(() -> {
            topology.leave();
            return CompletableFuture.<Void>completedFuture(null);
        }).thenApplyAsync(Function.identity(), Callbacks.executor());
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return options.credentials().chain();
    }

    /** Stops storing, closes the links and the listener, and ends the event loop. */
    @Override
    public void close() {
        try {
            onLoop(() -> {
                node.close();
                return null;
            });
        } catch (RuntimeException e) {
            System.getLogger("org.reloadj.core.runtime").log(System.Logger.Level.WARNING,
                    "node " + node.node().settings().nodeId() + " did not close cleanly", e);
        } finally {
            loop.close();
            try {
                stopTrace();
            } catch (IOException e) {
                System.getLogger("org.reloadj.core.runtime").log(System.Logger.Level.WARNING,
                        "the message trace could not be completed", e);
            }
        }
    }

    private <T> T onLoop(Supplier<T> call) {
        if (loop.inLoop()) {
            return call.get();
        }
        try {
            return loop.call(() -> CompletableFuture.completedFuture(call.get()))
                    .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the node", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the node did not answer within " + CALL_TIMEOUT.toSeconds() + " s", e);
        }
    }

    @Override
    public String toString() {
        return "node " + node.node().settings().nodeId() + " of " + options.overlayName();
    }
}

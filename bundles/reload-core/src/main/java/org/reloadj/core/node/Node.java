package org.reloadj.core.node;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.Cancellable;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.overlay.PingResult;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.api.topology.Topology;
import org.reloadj.core.time.Scheduler;
import org.reloadj.core.transaction.AnsweredRequests;
import org.reloadj.wire.body.PingAns;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.message.Destination;

/**
 * A RELOAD node's message transport and forwarding (RFC 6940, 1.2.2, 1.2.5, 6.1-6.3, 6.5.3, 6.5.4,
 * 6.7): it receives messages from its links, forwards them by symmetric recursive routing, delivers
 * those for itself to the registered {@link RequestHandler}s or to the requests it originated, and
 * answers Ping, ConfigUpdate, Attach and the topology's requests itself.
 *
 * <p>A node is driven by its links and its {@link Scheduler} on one event loop: every method, and
 * every callback of the stages it returns, runs there. It does no I/O of its own; time and
 * randomness come from outside, so the same node runs over real links or an in-memory network on
 * virtual time.
 */
public final class Node implements LinkHandler {
    private final NodeSettings settings;
    private final Scheduler scheduler;
    private final OverlayLinkProvider links;
    private final LinkCredentials credentials;
    private final int linkType;
    private final DropCounter drops = new DropCounter();
    private final ConnectionTable connections;
    private final Originator originator;
    private final NoIceAttach attacher;
    private final BootstrapNodes bootstrapNodes;
    private final Topology topology;
    private final Forwarder forwarder;
    private final Receiver receiver;
    private final RequestDispatcher dispatcher;
    private final LocalDelivery localDelivery;
    private final List<Runnable> responsibilityListeners = new ArrayList<>();
    private Optional<OverlayLinkProvider.Listener> listener = Optional.empty();

    Node(NodeBuilder b) {
        this.settings = b.settings;
        this.scheduler = b.scheduler;
        this.links = b.links;
        this.credentials = b.credentials;
        this.linkType = linkTypeCode(b.links.linkType());
        this.connections = new ConnectionTable(b.random);
        this.originator = new Originator(settings, b.configuration, b.security, b.random, scheduler, drops,
                m -> forwarder().originate(m));
        this.attacher = new NoIceAttach(b.random, scheduler, connections, new LinkAccess(),
                settings.wireContext(), originator::send);
        this.bootstrapNodes = new BootstrapNodes(this::connect, n -> connections.entry(n).isPresent());
        this.topology = b.topology.apply(new NodeTopologyContext(settings, scheduler, b.random, connections,
                originator::send, attacher::attach, this::responsibilityChanged, new Detours()));
        ResponseBuilder responses = new ResponseBuilder(settings, b.configuration, b.security);
        this.forwarder = new Forwarder(settings, new Router(settings, topology, connections), new Transmitter(),
                responses, drops, scheduler, (envelope, from) -> localDelivery().deliver(envelope, from));
        this.receiver = new Receiver(settings, forwarder, drops, new ClientAdmission(settings, topology));
        ConfigUpdates configUpdates = new ConfigUpdates(b.configuration, b.configUpdates, settings.wireContext(),
                originator::send);
        this.dispatcher = new RequestDispatcher(responses, new DestinationChecks(b.configuration),
                new AnsweredRequests(scheduler, settings.answeredCapacity()), drops, forwarder::originate,
                configUpdates::push);
        Reassembler reassembler = new Reassembler(scheduler, settings.maxMessageSize(), settings.reassemblyBudget(),
                drops);
        this.localDelivery = new LocalDelivery(reassembler, b.security, originator, dispatcher, drops);
        TopologyRequests overlay = new TopologyRequests(topology, settings.wireContext(), b.resourceCount,
                scheduler.clock());
        dispatcher.register(MessageCode.PING_REQ, new PingHandler(b.random, scheduler.clock(), settings.wireContext()));
        dispatcher.register(MessageCode.CONFIG_UPDATE_REQ, configUpdates);
        dispatcher.register(MessageCode.ATTACH_REQ, attacher);
        dispatcher.register(MessageCode.JOIN_REQ, overlay::join);
        dispatcher.register(MessageCode.LEAVE_REQ, overlay::leave);
        dispatcher.register(MessageCode.UPDATE_REQ, overlay::update);
        dispatcher.register(MessageCode.ROUTE_QUERY_REQ, overlay::routeQuery);
        dispatcher.register(MessageCode.PROBE_REQ, overlay::probe);
    }

    /** A builder of nodes. */
    public static NodeBuilder builder() {
        return new NodeBuilder();
    }

    private Forwarder forwarder() {
        return forwarder;
    }

    private LocalDelivery localDelivery() {
        return localDelivery;
    }

    private static int linkTypeCode(String name) {
        return Arrays.stream(OverlayLinkType.values()).filter(t -> t.rfcName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no overlay link type is named " + name)).code();
    }

    /** Accepts links on {@code local}; completes with the address bound. */
    public CompletionStage<InetSocketAddress> listen(InetSocketAddress local) {
        return links.listen(local, credentials, this).thenApply(l -> {
            listener = Optional.of(l);
            return l.localAddress();
        });
    }

    /** Opens a link to a node at {@code remote} (a bootstrap node, 11.4); completes with its Node-ID. */
    public CompletionStage<NodeId> connect(InetSocketAddress remote) {
        return links.connect(remote, credentials, this).thenApply(link -> link.remoteNodeIds().iterator().next());
    }

    /** Sends a request; completes with its answer, or fails with a {@link org.reloadj.api.ReloadException}. */
    public CompletionStage<Answer> send(OutgoingRequest request) {
        return originator.send(request);
    }

    /** Pings a node, the peer responsible for a Resource-ID, or the wildcard Node-ID (6.5.3). */
    public CompletionStage<PingResult> ping(Identifier<?> destination) {
        return ping(OutgoingRequest.to(destination, PingReq.empty()));
    }

    private CompletionStage<PingResult> ping(OutgoingRequest request) {
        Instant sent = scheduler.clock().instant();
        return send(request).thenCompose(answer -> {
            try {
                PingAns ans = (PingAns) answer.decodeBody(settings.wireContext());
                return CompletableFuture.completedFuture(new PingResult(answer.responder().nodeId(), ans.responseId(),
                        Instant.ofEpochMilli(ans.time()), Duration.between(sent, scheduler.clock().instant())));
            } catch (ReloadException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /**
     * Contacts a bootstrap node (11.4): links to the first of {@code bootstraps} that answers and
     * attaches over that link to the peer responsible for this node's Node-ID + 1; completes with
     * that admitting peer's Node-ID once it has linked to this node. The node keeps {@code
     * bootstraps}, to contact them again when its topology looks for partitions (10.7.4.4).
     */
    public CompletionStage<NodeId> bootstrap(List<InetSocketAddress> bootstraps) {
        bootstrapNodes.remember(bootstraps);
        return new Bootstrap(bootstrapNodes::connect, attacher::attachVia).join(settings.nodeId(), bootstraps);
    }

    /** Attaches to the node with, or the peer responsible for, {@code target} (6.5.1). */
    public CompletionStage<NodeId> attach(Identifier<?> target) {
        return attacher.attach(target);
    }

    /** Lets {@code handler} answer requests with {@code code} (e.g. the storage's Store). */
    public Cancellable register(MessageCode code, RequestHandler handler) {
        return dispatcher.register(code, handler);
    }

    /** Runs {@code listener} when the topology says responsibility changed (for the storage). */
    public Cancellable onResponsibilityChanged(Runnable listener) {
        responsibilityListeners.add(listener);
        return () -> responsibilityListeners.remove(listener);
    }

    private void responsibilityChanged() {
        List.copyOf(responsibilityListeners).forEach(Runnable::run);
    }

    /** The scheduler the node runs on: its clock and timers. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** This node's settings. */
    public NodeSettings settings() {
        return settings;
    }

    /** This node's topology. */
    public Topology topology() {
        return topology;
    }

    /** The nodes this node has links to. */
    public Set<NodeId> connectedPeers() {
        return connections.nodes();
    }

    /** Messages dropped, by reason. */
    public DropCounter drops() {
        return drops;
    }

    /** The number of requests waiting for a response. */
    public int pendingRequests() {
        return originator.pending();
    }

    /** Stops accepting links and closes those open. */
    public void close() {
        listener.ifPresent(Cancellable::cancel);
        listener = Optional.empty();
        new ArrayList<>(connections.nodes()).forEach(n -> connections.entry(n).ifPresent(e -> e.link().close()));
    }

    /**
     * A link came up. Only links authenticated to exactly one Node-ID are entered: a certificate
     * with several needs an Attach to say which one it uses (6.1.2), which link management adds.
     */
    @Override
    public void onOpened(OverlayLink link) {
        if (link.remoteNodeIds().size() != 1) {
            link.close();
            return;
        }
        NodeId peer = link.remoteNodeIds().iterator().next();
        boolean known = connections.entry(peer).isPresent();
        if (connections.add(link, peer).isEmpty()) {
            link.close();
            return;
        }
        if (!known) {
            topology.onNeighborUp(peer);
        }
        attacher.linkUp(peer);
    }

    @Override
    public void onMessage(OverlayLink link, byte[] message) {
        Optional<ConnectionTable.Entry> from = connections.entryFor(link);
        if (from.isEmpty()) {
            drops.drop(DropReason.UNKNOWN_LINK, "from " + link.remoteAddress());
            return;
        }
        receiver.receive(message, from.get());
    }

    @Override
    public void onClosed(OverlayLink link, Throwable cause) {
        connections.remove(link).ifPresent(e -> {
            if (connections.entry(e.nodeId()).isEmpty()) {
                topology.onNeighborDown(e.nodeId());
            }
        });
    }

    /** Partition detection's ways around the topology's own routing (10.7.4.4). */
    private final class Detours implements NodeTopologyContext.Detours {
        @Override
        public CompletionStage<Optional<NodeId>> contactBootstrapNode() {
            return bootstrapNodes.contact(settings.nodeId());
        }

        @Override
        public CompletionStage<NodeId> pingVia(NodeId via, Identifier<?> target) {
            List<Destination> route = List.of(Destination.node(via), OutgoingRequest.destinationOf(target));
            return ping(OutgoingRequest.via(route, PingReq.empty())).thenApply(PingResult::responder);
        }

        @Override
        public CompletionStage<NodeId> attachVia(NodeId via, Identifier<?> target) {
            return attacher.attachVia(via, target);
        }
    }

    /** What the Attach needs of the links. */
    private final class LinkAccess implements NoIceAttach.Links {
        @Override
        public Optional<InetSocketAddress> localAddress() {
            return listener.map(OverlayLinkProvider.Listener::localAddress);
        }

        @Override
        public int linkType() {
            return linkType;
        }

        @Override
        public CompletionStage<?> connect(InetSocketAddress remote, NodeId peer) {
            return links.connect(remote, peer, credentials, Node.this);
        }

        @Override
        public void updateRequested(NodeId peer) {
            topology.onAttachUpdateRequested(peer);
        }
    }
}

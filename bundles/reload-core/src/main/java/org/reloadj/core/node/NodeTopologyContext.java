package org.reloadj.core.node;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.reloadj.api.Cancellable;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.core.time.Scheduler;

/**
 * The node's services to its topology plug-in (RFC 6940, 1.2.3 and 1.2.4): identity, time and
 * randomness, the connection table, Attach, and overlay-management requests sent through the
 * node's message transport with its retransmissions; and, for partition detection (10.7.4.4), the
 * bootstrap nodes again and a Ping and an Attach routed through one of them.
 */
final class NodeTopologyContext implements TopologyContext {
    /** The node's ways around its own routing table, for partition detection (10.7.4.4, 11.4). */
    interface Detours {
        /** See {@link TopologyContext#contactBootstrapNode()}. */
        CompletionStage<Optional<NodeId>> contactBootstrapNode();

        /** See {@link TopologyContext#pingVia}. */
        CompletionStage<NodeId> pingVia(NodeId via, Identifier<?> target);

        /** See {@link TopologyContext#attachVia}. */
        CompletionStage<NodeId> attachVia(NodeId via, Identifier<?> target);
    }

    private final NodeSettings settings;
    private final Scheduler scheduler;
    private final RandomGenerator random;
    private final ConnectionTable connections;
    private final Function<OutgoingRequest, CompletionStage<Answer>> originate;
    private final Function<Identifier<?>, CompletionStage<NodeId>> attach;
    private final Runnable responsibilityChanged;
    private final Detours detours;

    NodeTopologyContext(NodeSettings settings, Scheduler scheduler, RandomGenerator random,
            ConnectionTable connections, Function<OutgoingRequest, CompletionStage<Answer>> originate,
            Function<Identifier<?>, CompletionStage<NodeId>> attach, Runnable responsibilityChanged,
            Detours detours) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.random = random;
        this.connections = connections;
        this.originate = originate;
        this.attach = attach;
        this.responsibilityChanged = responsibilityChanged;
        this.detours = detours;
    }

    @Override
    public NodeId localNodeId() {
        return settings.nodeId();
    }

    @Override
    public int nodeIdLength() {
        return settings.nodeIdLength();
    }

    @Override
    public Clock clock() {
        return scheduler.clock();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        return scheduler.schedule(delay, task)::cancel;
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public Set<NodeId> connectedPeers() {
        return connections.nodes();
    }

    @Override
    public CompletionStage<NodeId> attach(Identifier<?> target) {
        return attach.apply(target);
    }

    @Override
    public CompletionStage<Opaque> request(Identifier<?> destination, MessageCode code, Opaque body) {
        return originate.apply(OutgoingRequest.to(destination, code, body)).thenApply(Answer::body);
    }

    @Override
    public void responsibilityChanged() {
        responsibilityChanged.run();
    }

    @Override
    public Map<String, String> parameters() {
        return settings.topologyParameters();
    }

    @Override
    public Optional<NodeId> admittingPeer() {
        return settings.admittingPeer();
    }

    @Override
    public CompletionStage<Optional<NodeId>> contactBootstrapNode() {
        return detours.contactBootstrapNode();
    }

    @Override
    public CompletionStage<NodeId> pingVia(NodeId via, Identifier<?> target) {
        return detours.pingVia(via, target);
    }

    @Override
    public CompletionStage<NodeId> attachVia(NodeId via, Identifier<?> target) {
        return detours.attachVia(via, target);
    }
}

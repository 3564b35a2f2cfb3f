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
 * node's message transport with its retransmissions.
 */
final class NodeTopologyContext implements TopologyContext {
    private final NodeSettings settings;
    private final Scheduler scheduler;
    private final RandomGenerator random;
    private final ConnectionTable connections;
    private final Function<OutgoingRequest, CompletionStage<Answer>> originate;
    private final Function<Identifier<?>, CompletionStage<NodeId>> attach;
    private final Runnable responsibilityChanged;

    NodeTopologyContext(NodeSettings settings, Scheduler scheduler, RandomGenerator random,
            ConnectionTable connections, Function<OutgoingRequest, CompletionStage<Answer>> originate,
            Function<Identifier<?>, CompletionStage<NodeId>> attach, Runnable responsibilityChanged) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.random = random;
        this.connections = connections;
        this.originate = originate;
        this.attach = attach;
        this.responsibilityChanged = responsibilityChanged;
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
}

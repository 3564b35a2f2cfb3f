package org.reloadj.sim;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.random.RandomGenerator;
import org.reloadj.api.Cancellable;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.topology.TopologyContext;

/**
 * Counts the overlay-maintenance requests the topologies of all peers originate (RFC 6940, 10.5 to
 * 10.9: Attach, Join, Update, Leave, RouteQuery, Probe; and 10.7.4.4's Ping and Attach through a
 * bootstrap node), each counted once end to end however many
 * hops it travels, answers not counted. Each peer's topology is given a {@link #wrap wrapped}
 * context; the counter is shared, and runs on the simulation's one thread.
 */
final class MaintenanceCounter {
    private long requests;

    /** The requests counted since the last {@link #reset()}. */
    long requests() {
        return requests;
    }

    /** Starts counting from zero. */
    void reset() {
        requests = 0;
    }

    /** {@code context}, counting the requests sent through it. */
    TopologyContext wrap(TopologyContext context) {
        return new Counting(context);
    }

    /** A topology context that counts Attaches and overlay-management requests. */
    private final class Counting implements TopologyContext {
        private final TopologyContext context;

        Counting(TopologyContext context) {
            this.context = context;
        }

        @Override
        public NodeId localNodeId() {
            return context.localNodeId();
        }

        @Override
        public int nodeIdLength() {
            return context.nodeIdLength();
        }

        @Override
        public Clock clock() {
            return context.clock();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            return context.schedule(delay, task);
        }

        @Override
        public RandomGenerator random() {
            return context.random();
        }

        @Override
        public Set<NodeId> connectedPeers() {
            return context.connectedPeers();
        }

        @Override
        public CompletionStage<NodeId> attach(Identifier<?> target) {
            requests++;
            return context.attach(target);
        }

        @Override
        public CompletionStage<Opaque> request(Identifier<?> destination, MessageCode code, Opaque body) {
            requests++;
            return context.request(destination, code, body);
        }

        @Override
        public void responsibilityChanged() {
            context.responsibilityChanged();
        }

        @Override
        public Map<String, String> parameters() {
            return context.parameters();
        }

        @Override
        public Optional<NodeId> admittingPeer() {
            return context.admittingPeer();
        }

        @Override
        public CompletionStage<Optional<NodeId>> contactBootstrapNode() {
            return context.contactBootstrapNode();
        }

        @Override
        public CompletionStage<NodeId> pingVia(NodeId via, Identifier<?> target) {
            requests++;
            return context.pingVia(via, target);
        }

        @Override
        public CompletionStage<NodeId> attachVia(NodeId via, Identifier<?> target) {
            requests++;
            return context.attachVia(via, target);
        }
    }
}

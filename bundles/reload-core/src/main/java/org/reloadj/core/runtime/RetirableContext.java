package org.reloadj.core.runtime;

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
 * The node's {@link TopologyContext} as one topology instance sees it, until that instance is
 * replaced: once {@link #retire retired}, its timers no longer fire and its word that
 * responsibility changed is ignored, so that the old instance neither keeps maintaining a routing
 * table nobody reads nor makes the node hand over or forget data it still keeps. Requests it
 * sends (its Leave) still go out. It can also make the topology join as if the node had no link
 * ({@link #alone}).
 */
final class RetirableContext implements TopologyContext {
    private final TopologyContext node;
    private volatile boolean retired;
    private boolean alone;

    RetirableContext(TopologyContext node) {
        this.node = node;
    }

    /** From now on, this instance's timers and responsibility changes are dropped. */
    void retire() {
        retired = true;
    }

    /**
     * Runs {@code join} while the connection table looks empty to the topology, so that it joins
     * as the first peer of the overlay (RFC 6940, 6.4.2.1) although the node keeps its links.
     */
    void alone(Runnable join) {
        alone = true;
        try {
            join.run();
        } finally {
            alone = false;
        }
    }

    @Override
    public NodeId localNodeId() {
        return node.localNodeId();
    }

    @Override
    public int nodeIdLength() {
        return node.nodeIdLength();
    }

    @Override
    public Clock clock() {
        return node.clock();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        return node.schedule(delay, () -> {
            if (!retired) {
                task.run();
            }
        });
    }

    @Override
    public RandomGenerator random() {
        return node.random();
    }

    @Override
    public Set<NodeId> connectedPeers() {
        return alone ? Set.of() : node.connectedPeers();
    }

    @Override
    public CompletionStage<NodeId> attach(Identifier<?> target) {
        return node.attach(target);
    }

    @Override
    public CompletionStage<Opaque> request(Identifier<?> destination, MessageCode code, Opaque body) {
        return node.request(destination, code, body);
    }

    @Override
    public void responsibilityChanged() {
        if (!retired) {
            node.responsibilityChanged();
        }
    }

    @Override
    public Map<String, String> parameters() {
        return node.parameters();
    }

    @Override
    public Optional<NodeId> admittingPeer() {
        return node.admittingPeer();
    }

    @Override
    public CompletionStage<Optional<NodeId>> contactBootstrapNode() {
        return node.contactBootstrapNode();
    }

    @Override
    public CompletionStage<NodeId> pingVia(NodeId via, Identifier<?> target) {
        return node.pingVia(via, target);
    }

    @Override
    public CompletionStage<NodeId> attachVia(NodeId via, Identifier<?> target) {
        return node.attachVia(via, target);
    }
}

package org.reloadj.api.topology;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.random.RandomGenerator;
import org.osgi.annotation.versioning.ProviderType;
import org.reloadj.api.Cancellable;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;

/**
 * What a node offers its topology (RFC 6940, 1.2.3): identity, time, randomness, the
 * connection table, and overlay-management messaging. Everything runs on the node's event loop;
 * callbacks of the returned stages run there too.
 */
@ProviderType
public interface TopologyContext {
    /** This node's Node-ID. */
    NodeId localNodeId();

    /** The overlay's Node-ID length in bytes (11.1). */
    int nodeIdLength();

    /** The node's clock (virtual in simulations). */
    Clock clock();

    /** Runs {@code task} on the event loop after {@code delay}. */
    Cancellable schedule(Duration delay, Runnable task);

    /** The node's source of randomness (seeded in simulations). */
    RandomGenerator random();

    /** The peers this node has a link to (its connection table, 1.2.4). */
    Set<NodeId> connectedPeers();

    /**
     * Attaches to the node responsible for {@code target} (6.5.1) and opens a link to it;
     * completes with its Node-ID once the link is up.
     */
    CompletionStage<NodeId> attach(Identifier<?> target);

    /**
     * Sends an overlay-management request ({@code join_req}, {@code update_req},
     * {@code leave_req}, {@code route_query_req} or {@code probe_req}) with this body towards
     * {@code destination}, and completes with the answer's body; fails with a ReloadException
     * carrying the error code of an error response or Error_Request_Timeout.
     */
    CompletionStage<Opaque> request(Identifier<?> destination, MessageCode code, Opaque body);

    /**
     * Tells the node that responsibility changed (e.g. a new predecessor): it re-examines what
     * it stores and hands data over to the newly responsible peers (6.4.2.3, 7).
     */
    void responsibilityChanged();

    /** The configuration's parameters for this algorithm, by element name (e.g. chord-ping-interval). */
    Map<String, String> parameters();

    /** The configured bootstrap peer this node joined through, if any. */
    Optional<NodeId> admittingPeer();

    /**
     * Repeats the discovery of the initial join (RFC 6940, 11.4), as partition detection asks
     * (10.7.4.4: "periodically repeat the discovery process used in the initial join for the
     * overlay to locate an appropriate bootstrap node, B"): links to the first of the bootstrap
     * nodes this node joined with that answers, or keeps the link it already has to one, and
     * completes with its Node-ID. Empty when the node knows no bootstrap node other than itself;
     * fails when none answers. The default, for nodes that keep no bootstrap nodes, is empty.
     */
    default CompletionStage<Optional<NodeId>> contactBootstrapNode() {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /**
     * Sends a Ping (6.5.3) along the destination list [{@code via}, {@code target}], so that it
     * leaves through the directly connected {@code via} and travels by that node's routing, not
     * this node's (10.7.4.4: "a Ping for its own Node-ID routed through B"). Completes with the
     * Node-ID of the node that answered; fails with a ReloadException as {@link #request} does.
     * The default fails with UnsupportedOperationException.
     */
    default CompletionStage<NodeId> pingVia(NodeId via, Identifier<?> target) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("pingVia"));
    }

    /**
     * Attaches (6.5.1) along the destination list [{@code via}, {@code target}], through the
     * directly connected {@code via} rather than by this node's routing table (10.7.4.4: "an
     * Attach to S' routed through B"), and opens a link to the node that answers; completes with
     * its Node-ID once the link is up. The default fails with UnsupportedOperationException.
     */
    default CompletionStage<NodeId> attachVia(NodeId via, Identifier<?> target) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("attachVia"));
    }
}

package org.reloadj.core.node;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.topology.Topology;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.core.time.Scheduler;

/**
 * Collects what a {@link Node} is made of: its settings, the scheduler that is its event loop, its
 * randomness, message security, configuration, topology plug-in and link provider.
 */
public final class NodeBuilder {
    NodeSettings settings;
    Scheduler scheduler;
    RandomGenerator random;
    MessageSecurity security;
    ConfigurationSource configuration;
    ConfigUpdateHandler configUpdates = (update, sender) -> {
        throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "this node takes no configuration updates");
    };
    Function<TopologyContext, Topology> topology;
    OverlayLinkProvider links;
    LinkCredentials credentials = new LinkCredentials(null, List.of(), List.of(), Optional.empty(), Optional.empty());
    LongSupplier resourceCount = () -> 0;

    NodeBuilder() {
    }

    /** The node's settings. */
    public NodeBuilder settings(NodeSettings value) {
        this.settings = value;
        return this;
    }

    /** The event loop's scheduler and clock. */
    public NodeBuilder scheduler(Scheduler value) {
        this.scheduler = value;
        return this;
    }

    /** The source of transaction ids and other random values (default: a SecureRandom). */
    public NodeBuilder random(RandomGenerator value) {
        this.random = value;
        return this;
    }

    /** Message signing and verification. */
    public NodeBuilder security(MessageSecurity value) {
        this.security = value;
        return this;
    }

    /** The current configuration's sequence and document. */
    public NodeBuilder configuration(ConfigurationSource value) {
        this.configuration = value;
        return this;
    }

    /** Applies received ConfigUpdates (default: refuses them with Error_Forbidden). */
    public NodeBuilder configUpdates(ConfigUpdateHandler value) {
        this.configUpdates = value;
        return this;
    }

    /** The topology plug-in, e.g. {@code plugin::create}. */
    public NodeBuilder topology(Function<TopologyContext, Topology> value) {
        this.topology = value;
        return this;
    }

    /** The overlay link provider the node listens and connects with. */
    public NodeBuilder links(OverlayLinkProvider value) {
        this.links = value;
        return this;
    }

    /** The credentials the links authenticate with (default: none, for the in-memory network). */
    public NodeBuilder credentials(LinkCredentials value) {
        this.credentials = value;
        return this;
    }

    /** The number of resources this node stores, for Probe (default: 0 until storage is wired). */
    public NodeBuilder resourceCount(LongSupplier value) {
        this.resourceCount = value;
        return this;
    }

    /** The node. */
    public Node build() {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(links, "links");
        if (random == null) {
            random = new SecureRandom();
        }
        return new Node(this);
    }
}

package org.reloadj.core.peer;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.topology.Topology;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.core.config.ConfigurationState;
import org.reloadj.core.config.ConfiguredKinds;
import org.reloadj.core.node.ConfigUpdateHandler;
import org.reloadj.core.node.ConfigurationSource;
import org.reloadj.core.node.Node;
import org.reloadj.core.node.NodeBuilder;
import org.reloadj.core.node.NodeSettings;
import org.reloadj.core.overlay.NodeOverlay;
import org.reloadj.core.security.OverlaySecurity;
import org.reloadj.core.storage.AccessControl;
import org.reloadj.core.storage.InMemoryStorageBackend;
import org.reloadj.core.storage.StorageBackend;
import org.reloadj.core.storage.StorageEngine;
import org.reloadj.core.time.Scheduler;
import org.reloadj.core.usage.UsageRegistry;

/**
 * Builds a {@link ReloadNode}: the {@link Node} with the security of {@link OverlaySecurity}
 * (the topology judging responders to Resource-ID requests, 6.3.4), and for a peer a
 * {@link StorageEngine} whose Resource-ID hash, replica set and plausible replica senders are the
 * topology's (5.2, 7.4.1.1), served by a {@link StorageService}, whose resource count answers
 * Probe (6.4.2.5). A client (4.2) gets neither storage nor routing duties.
 */
public final class ReloadNodeBuilder {
    private NodeSettings settings;
    private Scheduler scheduler;
    private RandomGenerator random;
    private OverlaySecurity security;
    private ConfigurationSource configuration;
    private ConfigUpdateHandler configUpdates;
    private Function<TopologyContext, Topology> topology;
    private OverlayLinkProvider links;
    private LinkCredentials linkCredentials;
    private UsageRegistry usages = new UsageRegistry(List.of());
    private StorageBackend backend;
    private Duration purgeInterval = StorageService.DEFAULT_PURGE_INTERVAL;

    ReloadNodeBuilder() {
    }

    /** The node's settings (see {@link org.reloadj.core.config.ConfiguredNode#settings}). */
    public ReloadNodeBuilder settings(NodeSettings value) {
        this.settings = value;
        return this;
    }

    /** The event loop's scheduler and clock. */
    public ReloadNodeBuilder scheduler(Scheduler value) {
        this.scheduler = value;
        return this;
    }

    /** The source of randomness (default: a SecureRandom). */
    public ReloadNodeBuilder random(RandomGenerator value) {
        this.random = value;
        return this;
    }

    /** The node's credentials and trust, as one {@link OverlaySecurity}. */
    public ReloadNodeBuilder security(OverlaySecurity value) {
        this.security = value;
        return this;
    }

    /** The configuration in force and, optionally, what applies ConfigUpdates (6.5.4). */
    public ReloadNodeBuilder configuration(ConfigurationSource source, ConfigUpdateHandler updates) {
        this.configuration = source;
        this.configUpdates = updates;
        return this;
    }

    /**
     * The configuration in force as {@code state} keeps it: its sequence and document, the
     * ConfigUpdates it accepts, and a usage registry holding its kinds, kept in step with every
     * configuration it accepts (6.5.4).
     */
    public ReloadNodeBuilder configuration(ConfigurationState state) {
        UsageRegistry registry = new UsageRegistry(ConfiguredKinds.of(state.configuration()));
        state.onChange(c -> registry.configure(ConfiguredKinds.of(c)));
        this.usages = registry;
        return configuration(state, state);
    }

    /** The topology plug-in, e.g. {@code plugin::create}. */
    public ReloadNodeBuilder topology(Function<TopologyContext, Topology> value) {
        this.topology = value;
        return this;
    }

    /** The overlay link provider. */
    public ReloadNodeBuilder links(OverlayLinkProvider value) {
        this.links = value;
        return this;
    }

    /**
     * What the links authenticate this node with (its key, certificate chain and the overlay's
     * roots; default: none, for the in-memory network).
     */
    public ReloadNodeBuilder linkCredentials(LinkCredentials value) {
        this.linkCredentials = value;
        return this;
    }

    /** The usage registry, holding the configuration's kinds (default: no kinds). */
    public ReloadNodeBuilder usages(UsageRegistry value) {
        this.usages = value;
        return this;
    }

    /** Where a peer keeps its values (default: in memory). */
    public ReloadNodeBuilder backend(StorageBackend value) {
        this.backend = value;
        return this;
    }

    /** How often expired values are swept (default one minute). */
    public ReloadNodeBuilder purgeInterval(Duration value) {
        this.purgeInterval = value;
        return this;
    }

    /** The node, started: a peer serves its storage at once. */
    public ReloadNode build() {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(usages, "usages");
        if (!security.nodeId().equals(settings.nodeId())) {
            throw new IllegalArgumentException("the credentials sign as " + security.nodeId() + ", the settings say "
                    + settings.nodeId());
        }
        AtomicReference<Topology> built = new AtomicReference<>();
        AtomicReference<StorageEngine> engine = new AtomicReference<>();
        NodeBuilder b = Node.builder().settings(settings).scheduler(scheduler).random(random).links(links)
                .security(security.messages((responder, resource) -> built.get().mayRespondFor(responder, resource)))
                .configuration(configuration).topology(topology)
                .resourceCount(() -> engine.get() == null ? 0 : engine.get().resourceCount());
        if (configUpdates != null) {
            b.configUpdates(configUpdates);
        }
        if (linkCredentials != null) {
            b.credentials(linkCredentials);
        }
        Node node = b.build();
        Topology t = node.topology();
        built.set(t);
        Optional<StorageService> storage = Optional.empty();
        if (!settings.client()) {
            engine.set(new StorageEngine(usages::table, backend == null ? new InMemoryStorageBackend() : backend,
                    security.storedData(), new AccessControl(t::resourceId), r -> Replicator.othersOf(t, r, settings.nodeId()),
                    t::isPlausibleReplicaSource, scheduler.clock()));
            storage = Optional.of(StorageService.start(node, engine.get(), usages, security.certificates(), scheduler,
                    purgeInterval));
        }
        NodeOverlay overlay = new NodeOverlay(node, usages, security.storedData(), scheduler.clock());
        return new ReloadNode(node, security, usages, storage, overlay);
    }
}

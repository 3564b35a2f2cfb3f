package org.reloadj.testkit;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.topology.TopologyPlugin;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurationBuilder;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.config.ValidationContext;
import org.reloadj.core.config.ConfigurationState;
import org.reloadj.core.config.ConfiguredKinds;
import org.reloadj.core.config.ConfiguredNode;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.node.NodeSettings;
import org.reloadj.core.peer.ReloadNode;
import org.reloadj.core.security.OverlaySecurity;
import org.reloadj.core.sim.StaticRingTopology;
import org.reloadj.core.time.VirtualScheduler;
import org.reloadj.core.usage.UsageRegistry;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.topology.chord.ChordPlugin;
import org.reloadj.topology.chord.ChordTopology;

/**
 * Whole RELOAD nodes ({@link ReloadNode}) of one overlay, for tests of usages through the real
 * node engine: peers over the in-memory network on virtual time, on a static ring with each peer
 * linked to the next, or joined with CHORD-RELOAD ({@link Joining}), with certificates of an in-test overlay CA (RFC 6940, 11.3), every message and
 * stored value signed and verified, the storage engine's access control in force (7.3). Each node
 * has the usages given registered, beside the kinds of the configuration. Peer {@code i} has the
 * Node-ID {@code (i+1)0 00...00} (hex) and the user name {@code user<i>@overlay.example.org}.
 */
public final class NodeRing {
    /** The overlay's name. */
    public static final String OVERLAY = "overlay.example.org";
    /** The virtual time the ring starts at. */
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final VirtualScheduler scheduler = new VirtualScheduler(START);
    private final InMemoryNetwork network = new InMemoryNetwork(scheduler, 7);
    private final TestCa ca = new TestCa(OVERLAY, scheduler.clock());
    private final OverlayConfiguration configuration;
    private final List<UsageDefinition> usages;
    private final Function<NodeId, CertificateSource> sources;
    private final Joining joining;
    private final List<NodeId> ring = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();

    /** One node and what it was made of. */
    private record Member(ReloadNode node, String user, Credentials credentials) {
    }

    /** How the peers find each other. */
    public enum Joining {
        /** A static ring (reload-core's test topology), each peer linked to the next at once. */
        STATIC,
        /** CHORD-RELOAD (10): the first peer alone, each other one bootstrapping through it and joining (10.5). */
        CHORD
    }

    /**
     * A ring of {@code peers} peers on the static ring.
     *
     * @param usages    the usages every node registers
     * @param configure adds to the configuration (kind-blocks, turn-density, ...)
     * @param sources   the certificate source of each node, by Node-ID
     */
    public NodeRing(int peers, List<UsageDefinition> usages, UnaryOperator<OverlayConfigurationBuilder> configure,
            Function<NodeId, CertificateSource> sources) {
        this(Joining.STATIC, peers, usages, configure, sources);
    }

    /**
     * A ring of {@code peers} peers that find each other as {@code joining} says; returns once
     * every peer has joined.
     */
    public NodeRing(Joining joining, int peers, List<UsageDefinition> usages,
            UnaryOperator<OverlayConfigurationBuilder> configure, Function<NodeId, CertificateSource> sources) {
        this.joining = joining;
        this.usages = List.copyOf(usages);
        this.sources = sources;
        this.configuration = configure.apply(OverlayConfiguration.builder(OVERLAY).sequence(1)
                .expiration(START.plus(Duration.ofDays(30))).addRootCertificate(der(ca.root()))
                .addConfigurationSigner(nodeIdOf(0).toString()).addKindSigner(nodeIdOf(0).toString()))
                .build();
        for (int i = 0; i < peers; i++) {
            ring.add(nodeIdOf(i));
        }
        for (int i = 0; i < peers; i++) {
            start(nodeIdOf(i), NodeSettings.Builder::build);
            if (joining == Joining.CHORD) {
                join(i);
            }
        }
        if (joining == Joining.STATIC) {
            for (int i = 0; i < peers; i++) {
                link(i, (i + 1) % peers);
            }
        }
    }

    /** A static ring of {@code peers} peers with {@code usages}, the default configuration and no certificate source. */
    public static NodeRing of(int peers, UsageDefinition... usages) {
        return new NodeRing(peers, List.of(usages), b -> b, id -> CertificateSource.none());
    }

    /** Peer {@code i} bootstraps through peer 0 (11.4), unless it is peer 0, and joins (10.5). */
    private void join(int i) {
        if (i > 0) {
            await(node(i).node().bootstrap(List.of(InMemoryNetwork.address(0))));
        }
        ChordTopology topology = (ChordTopology) node(i).node().topology();
        topology.join();
        for (int step = 0; step < 600 && !topology.isJoined(); step++) {
            advance(Duration.ofMillis(500));
        }
        if (!topology.isJoined()) {
            throw new AssertionError("peer " + i + " did not join");
        }
        advance(Duration.ofSeconds(30));
    }

    /** The Node-ID of peer {@code i}. */
    public static NodeId nodeIdOf(int i) {
        byte[] b = new byte[16];
        b[0] = (byte) ((i + 1) * 0x10);
        return NodeId.of(b);
    }

    /**
     * Adds a client (RFC 6940, 4.2) of Node-ID {@code id} attached to peer {@code admittingPeer};
     * its user name is {@code client<n>@overlay.example.org}.
     *
     * @return the client's index among the nodes
     */
    public int addClient(NodeId id, int admittingPeer) {
        NodeId ap = nodeId(admittingPeer);
        int index = start(id, b -> b.client(true).admittingPeer(ap).build());
        link(index, admittingPeer);
        return index;
    }

    private int start(NodeId id, Function<NodeSettings.Builder, NodeSettings> finish) {
        int index = members.size();
        String user = (index < ring.size() ? "user" : "client") + index + "@" + OVERLAY;
        Credentials credentials = ca.credentials(user, Duration.ofDays(30), id);
        UsageRegistry registry = new UsageRegistry(ConfiguredKinds.of(configuration));
        usages.forEach(registry::add);
        try {
            OverlaySecurity security = OverlaySecurity.of(credentials, validator(), sources.apply(id));
            ReloadNode node = ReloadNode.builder().settings(finish.apply(ConfiguredNode.settings(configuration, id)))
                    .scheduler(scheduler).random(new SplittableRandom(1000 + index)).security(security)
                    .configuration(configurationState(), null).topology(plugin()::create)
                    .links(network.provider(id)).usages(registry).build();
            node.node().listen(InMemoryNetwork.address(index));
            members.add(new Member(node, user, credentials));
        } catch (ReloadException e) {
            throw new IllegalStateException(e);
        }
        settle();
        return index;
    }

    private TopologyPlugin plugin() {
        return joining == Joining.CHORD ? new ChordPlugin() : StaticRingTopology.plugin(ring);
    }

    private ConfigurationState configurationState() {
        return new ConfigurationState(OverlayConfigurations.of(List.of(configuration)), OVERLAY,
                ValidationContext.defaults().withClock(scheduler.clock()));
    }

    /** The number of nodes, peers and clients. */
    public int size() {
        return members.size();
    }

    /** Node {@code i}. */
    public ReloadNode node(int i) {
        return members.get(i).node();
    }

    /** The application API of node {@code i}. */
    public Overlay overlay(int i) {
        return node(i).overlay();
    }

    /** The Node-ID of node {@code i}. */
    public NodeId nodeId(int i) {
        return node(i).node().settings().nodeId();
    }

    /** The user name of node {@code i}. */
    public String user(int i) {
        return members.get(i).user();
    }

    /** The credentials of node {@code i}. */
    public Credentials credentials(int i) {
        return members.get(i).credentials();
    }

    /** The certificate of node {@code i}. */
    public ReloadCertificate certificate(int i) {
        return credentials(i).certificate();
    }

    /** The index of the peer responsible for {@code resource}: the first at or after it round the ring (10.3). */
    public int responsibleFor(ResourceId resource) {
        for (int i = 0; i < ring.size(); i++) {
            if (ring.get(i).bytes().compareTo(resource.bytes()) >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** The Resource-ID of a Resource Name in this overlay. */
    public ResourceId resourceId(Opaque name) {
        return StaticRingTopology.sha1(name, ring.get(0).length());
    }

    /** A validator of this overlay's certificates (its root, the virtual clock). */
    public CertificateValidator validator() {
        try {
            return ConfiguredNode.validator(configuration, scheduler.clock());
        } catch (ReloadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The overlay's configuration. */
    public OverlayConfiguration configuration() {
        return configuration;
    }

    /** The virtual clock. */
    public Clock clock() {
        return scheduler.clock();
    }

    /** The in-memory network, for interceptors. */
    public InMemoryNetwork network() {
        return network;
    }

    /** Lets virtual time pass. */
    public void advance(Duration time) {
        scheduler.advance(time);
    }

    /** Lets messages in flight (replica pushes, hand-overs) arrive. */
    public void settle() {
        advance(Duration.ofSeconds(2));
    }

    private void link(int a, int b) {
        await(node(a).node().connect(InMemoryNetwork.address(b)));
    }

    /**
     * Runs the network until {@code stage} completes and returns its result.
     *
     * @throws CompletionException when it failed
     * @throws AssertionError      when it never completes
     */
    public <T> T await(CompletionStage<T> stage) {
        return run(stage).join();
    }

    /**
     * Runs the network until {@code stage} fails and returns the RELOAD failure.
     *
     * @throws AssertionError when it completes normally, never, or with another failure
     */
    public ReloadException failure(CompletionStage<?> stage) {
        try {
            Object result = run(stage).join();
            throw new AssertionError("completed with " + result + " instead of failing");
        } catch (CompletionException e) {
            if (e.getCause() instanceof ReloadException r) {
                return r;
            }
            throw new AssertionError("failed with " + e.getCause() + ", not a ReloadException", e);
        }
    }

    private <T> CompletableFuture<T> run(CompletionStage<T> stage) {
        CompletableFuture<T> f = stage.toCompletableFuture();
        for (int i = 0; i < 200_000 && !f.isDone(); i++) {
            scheduler.runUntilIdle(1);
        }
        if (!f.isDone()) {
            throw new AssertionError("the stage never completed");
        }
        return f;
    }

    private static Opaque der(X509Certificate cert) {
        try {
            return Opaque.of(cert.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}

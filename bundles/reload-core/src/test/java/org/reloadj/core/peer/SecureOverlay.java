package org.reloadj.core.peer;

import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.config.KindBlock;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurationBuilder;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.config.ValidationContext;
import org.reloadj.core.config.ConfigurationState;
import org.reloadj.core.config.ConfiguredNode;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.node.NodeSettings;
import org.reloadj.core.security.OverlaySecurity;
import org.reloadj.core.sim.StaticRingTopology;
import org.reloadj.core.storage.InMemoryStorageBackend;
import org.reloadj.core.time.Stages;
import org.reloadj.core.time.VirtualScheduler;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;
import org.reloadj.security.signature.CertificateSource;

/**
 * Nodes with real certificates of an in-test overlay CA, on a static ring over the in-memory
 * network on virtual time: each built as a whole {@link ReloadNode} from one overlay
 * configuration (its kinds, root certificate, limits). Peer {@code i} has Node-ID {@code (i+1)0
 * 00...} and a user name chosen so that the peer responsible for the user's own Resource-ID is
 * at least two hops clockwise from it: every store of one's own data goes through forwarding.
 * Peers are linked to their successors round the ring.
 */
final class SecureOverlay {
    static final String OVERLAY = "overlay.example.org";
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final KindDefinition SINGLE = KindDefinition.of(new KindId(0xF000_0101L), "0xf0000101",
            DataModel.SINGLE_VALUE, AccessControlPolicy.USER_MATCH, 1, 64);
    static final KindDefinition ARRAY = KindDefinition.of(new KindId(0xF000_0102L), "0xf0000102",
            DataModel.ARRAY, AccessControlPolicy.USER_MATCH, 8, 64);
    static final KindDefinition DICTIONARY = KindDefinition.of(new KindId(0xF000_0103L), "0xf0000103",
            DataModel.DICTIONARY, AccessControlPolicy.USER_NODE_MATCH, 8, 64);
    static final KindId UNKNOWN = new KindId(0xF000_0999L);

    final VirtualScheduler scheduler = new VirtualScheduler(START);
    final InMemoryNetwork network = new InMemoryNetwork(scheduler, 7);
    final OverlayCa ca = OverlayCa.create(OVERLAY, KeyAlgorithm.ECDSA_P256, scheduler.clock(), Duration.ofDays(365));
    final OverlayConfiguration configuration;
    final List<NodeId> members = new ArrayList<>();
    final List<ReloadNode> peers = new ArrayList<>();
    final Map<NodeId, ReloadNode> nodes = new HashMap<>();
    final Map<NodeId, String> users = new HashMap<>();
    final Map<NodeId, InMemoryStorageBackend> backends = new HashMap<>();
    final Map<NodeId, ConfigurationState> configurations = new HashMap<>();
    final Map<NodeId, Credentials> credentials = new HashMap<>();
    private final Map<NodeId, Integer> addresses = new HashMap<>();
    private int seed = 1000;

    /** {@code n} peers with the test kinds, linked round the ring. */
    SecureOverlay(int n) {
        this(n, b -> b);
    }

    /** {@code n} peers whose configuration {@code tweak} adjusts. */
    SecureOverlay(int n, UnaryOperator<OverlayConfigurationBuilder> tweak) {
        configuration = tweak.apply(OverlayConfiguration.builder(OVERLAY).sequence(1)
                .expiration(START.plus(Duration.ofDays(30))).addRootCertificate(der(ca.rootCertificate()))
                .addConfigurationSigner(nodeId(0).toString()).addKindSigner(nodeId(0).toString())
                .maxMessageSize(20_000).addKind(block(SINGLE)).addKind(block(ARRAY)).addKind(block(DICTIONARY)))
                .build();
        for (int i = 0; i < n; i++) {
            members.add(nodeId(i));
        }
        for (int i = 0; i < n; i++) {
            peers.add(start(nodeId(i), userFarFrom(i, n), NodeSettings.Builder::build, members));
        }
        for (int i = 0; i < n; i++) {
            link(peers.get(i), peers.get((i + 1) % n));
        }
    }

    static NodeId nodeId(int i) {
        byte[] b = new byte[16];
        b[0] = (byte) ((i + 1) * 0x10);
        return NodeId.of(b);
    }

    static KindBlock block(KindDefinition kind) {
        return KindBlock.withId(kind.id(), kind.dataModel(), kind.accessControl(), kind.maxCount(), kind.maxSize());
    }

    ReloadNode peer(int i) {
        return peers.get(i);
    }

    NodeId id(int i) {
        return members.get(i);
    }

    StaticRingTopology topology(ReloadNode node) {
        return (StaticRingTopology) node.node().topology();
    }

    /** The user name in the certificate of {@code node}. */
    String user(ReloadNode node) {
        return users.get(node.node().settings().nodeId());
    }

    /** The Resource-ID of a user name (USER-MATCH, 7.3.1). */
    ResourceId resourceOf(String user) {
        return peers.get(0).overlay().resourceId(Opaque.utf8(user));
    }

    /** The index of the peer responsible for {@code resource}. */
    int responsibleFor(ResourceId resource) {
        return members.indexOf(topology(peers.get(0)).responsibleFor(resource));
    }

    /**
     * Starts a node of {@code user} on a ring of {@code ring}, listening at an address of its own.
     *
     * @param finish the settings' last touches (client mode, admitting peer)
     */
    ReloadNode start(NodeId id, String user, java.util.function.Function<NodeSettings.Builder, NodeSettings> finish,
            List<NodeId> ring) {
        ConfigurationState state = new ConfigurationState(OverlayConfigurations.of(List.of(configuration)), OVERLAY,
                ValidationContext.defaults().withClock(scheduler.clock()));
        InMemoryStorageBackend backend = new InMemoryStorageBackend();
        try {
            credentials.put(id, credentials(id, user));
            OverlaySecurity security = OverlaySecurity.of(credentials.get(id),
                    ConfiguredNode.validator(configuration, scheduler.clock()), CertificateSource.none());
            ReloadNode node = ReloadNode.builder().settings(finish.apply(ConfiguredNode.settings(configuration, id)))
                    .scheduler(scheduler).random(new SplittableRandom(seed++)).security(security).configuration(state)
                    .topology(StaticRingTopology.plugin(ring)::create).links(network.provider(id)).backend(backend)
                    .build();
            int address = addresses.size();
            addresses.put(id, address);
            node.node().listen(InMemoryNetwork.address(address));
            nodes.put(id, node);
            users.put(id, user);
            backends.put(id, backend);
            configurations.put(id, state);
            settle();
            return node;
        } catch (ReloadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client of {@code user} attached to the admitting peer {@code admitting} (4.2.1). */
    ReloadNode client(NodeId id, String user, ReloadNode admitting) {
        NodeId ap = admitting.node().settings().nodeId();
        ReloadNode client = start(id, user, b -> b.client(true).admittingPeer(ap).build(), members);
        link(client, admitting);
        return client;
    }

    /** Credentials of the overlay's CA for {@code id} and {@code user}. */
    Credentials credentials(NodeId id, String user) throws ReloadException {
        KeyPair pair = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
        X509Certificate cert = ca.issueNodeCertificate(pair.getPublic(), List.of(id), new UserName(user),
                Duration.ofDays(30));
        return Credentials.of(pair.getPrivate(), ReloadCertificate.parse(cert, 16));
    }

    /** Opens a link from {@code a} to {@code b}. */
    void link(ReloadNode a, ReloadNode b) {
        await(a.node().connect(InMemoryNetwork.address(addresses.get(b.node().settings().nodeId()))));
    }

    /** Lets messages in flight (replica pushes, hand-overs) arrive. */
    void settle() {
        scheduler.advance(Duration.ofSeconds(2));
    }

    /** Runs the network until {@code stage} completes; fails if it never does. */
    <T> T await(CompletionStage<T> stage) {
        return Stages.run(scheduler, stage).join();
    }

    /** Runs the network until {@code stage} fails; returns the failure. */
    ReloadException failure(CompletionStage<?> stage) {
        return Stages.failure(scheduler, stage);
    }

    /** A user name of peer {@code i} whose Resource-ID's responsible peer is 2 or more hops clockwise. */
    private String userFarFrom(int i, int n) {
        for (int k = 0; ; k++) {
            String user = "user" + i + "x" + k + "@" + OVERLAY;
            int responsible = ringIndexOf(StaticRingTopology.sha1(Opaque.utf8(user), 16));
            int hops = Math.floorMod(responsible - i, n);
            if (n < 3 || hops >= 2) {
                return user;
            }
        }
    }

    private int ringIndexOf(ResourceId id) {
        for (int j = 0; j < members.size(); j++) {
            if (members.get(j).bytes().compareTo(id.bytes()) >= 0) {
                return j;
            }
        }
        return 0;
    }

    private static Opaque der(X509Certificate cert) {
        try {
            return Opaque.of(cert.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}

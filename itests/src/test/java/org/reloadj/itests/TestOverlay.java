package org.reloadj.itests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.node.OverlayNode;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.config.BootstrapNode;
import org.reloadj.config.ConfigurationWriter;
import org.reloadj.config.KindBlock;
import org.reloadj.config.LocalKindName;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.enroll.CredentialsStore;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;

/**
 * An overlay for in-framework tests, made on disk as an operator would: a CA, a Configuration
 * Document (TLS links, the first node as bootstrap node on a free port, kind {@value #NOTE}:
 * SINGLE, USER-MATCH) and each node's credentials; nodes are started by factory configurations of
 * {@code org.reloadj.node} through Config Admin, and are there once their OverlayNode services are.
 * They run until the framework stops (Pax Exam runs each test method of a class on its own, with
 * the class's static state, so a test class starts its overlay once and never stops it).
 */
final class TestOverlay {
    static final String NAME = "overlay.example.org";
    static final String NOTE = "it-note";
    static final KindId NOTE_ID = new KindId(0xF000_2000L);
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path dir;
    private final int firstPort;
    private final List<String> users = new ArrayList<>();

    /** An overlay of {@code nodes} nodes' credentials in a new temporary folder. */
    TestOverlay(int nodes) throws Exception {
        dir = Files.createTempDirectory("reloadj-itest");
        firstPort = freePort();
        OverlayCa ca = OverlayCa.create(NAME, KeyAlgorithm.ECDSA_P256, Clock.systemUTC(), Duration.ofDays(30));
        writeDocument(ca.rootCertificate());
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < nodes; i++) {
            byte[] id = new byte[16];
            random.nextBytes(id);
            KeyPair pair = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
            String user = "user" + i + "@" + NAME;
            X509Certificate cert = ca.issueNodeCertificate(pair.getPublic(), List.of(NodeId.of(id)), new UserName(user),
                    Duration.ofDays(30));
            new CredentialsStore(dir.resolve("node" + i), 16)
                    .save(Credentials.of(pair.getPrivate(), ReloadCertificate.parse(cert, 16)));
            users.add(user);
        }
    }

    private void writeDocument(X509Certificate root) throws Exception {
        OverlayConfiguration configuration = OverlayConfiguration.builder(NAME).sequence(1)
                .expiration(Instant.now().plus(Duration.ofDays(30))).addRootCertificate(Opaque.of(root.getEncoded()))
                .addBootstrapNode(new BootstrapNode("127.0.0.1", firstPort)).addOverlayLinkProtocol("TLS")
                .addKind(LocalKindName.named(KindBlock.withId(NOTE_ID, DataModel.SINGLE_VALUE,
                        AccessControlPolicy.USER_MATCH, 1, 1024), NOTE))
                .build();
        Files.write(document(), ConfigurationWriter.write(OverlayConfigurations.of(List.of(configuration))));
    }

    private Path document() {
        return dir.resolve("overlay.xml");
    }

    /** The user name of node {@code i}. */
    String user(int i) {
        return users.get(i);
    }

    /** Starts node {@code i} with a factory configuration (the first on the bootstrap port). */
    void start(ConfigurationAdmin admin, int i) throws IOException {
        Configuration c = admin.createFactoryConfiguration("org.reloadj.node", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("configuration", document().toString());
        p.put("credentials", dir.resolve("node" + i).toString());
        p.put("address", "127.0.0.1");
        p.put("port", i == 0 ? firstPort : 0);
        p.put("join.timeout", 20);
        c.update(p);
    }

    /** Starts every node, the first first, and waits until all have joined. */
    List<OverlayNode> startAll(BundleContext context, ConfigurationAdmin admin) throws Exception {
        for (int i = 0; i < users.size(); i++) {
            start(admin, i);
        }
        await().atMost(PATIENCE.toSeconds(), TimeUnit.SECONDS).until(() -> nodes(context).size() == users.size());
        List<OverlayNode> byUser = new ArrayList<>();
        for (String user : users) {
            byUser.add(nodes(context).stream().filter(n -> n.status().userName().equals(user)).findFirst().orElseThrow());
        }
        return byUser;
    }

    /** The nodes running in the framework now. */
    static List<OverlayNode> nodes(BundleContext context) throws InvalidSyntaxException {
        List<OverlayNode> nodes = new ArrayList<>();
        for (ServiceReference<OverlayNode> r : context.getServiceReferences(OverlayNode.class, null)) {
            nodes.add(context.getService(r));
        }
        return nodes;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}

package org.reloadj.cli.node;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.core.runtime.NodeOptions;
import org.reloadj.core.runtime.RunningNode;
import org.reloadj.link.tls.TlsLinkProvider;
import org.reloadj.link.tls.TlsLinkSettings;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;
import org.reloadj.security.link.LinkAuthentication;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.topology.chord.ChordPlugin;

/**
 * Peers of a new overlay (localhost, the document of {@link OverlayDocument}) as plain-Java
 * {@link RunningNode}s with CHORD-RELOAD over real TLS links on 127.0.0.1, certified by an
 * in-test CA; the first is the bootstrap node, the others join through it.
 */
final class PeerRing implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    final List<RunningNode> nodes = new ArrayList<>();
    final List<String> users = new ArrayList<>();
    private final OverlayLinkProvider links = new TlsLinkProvider(LinkAuthentication.of(16), TlsLinkSettings.defaults(5000), 2);

    PeerRing(int peers) throws Exception {
        OverlayCa ca = OverlayCa.create("localhost", KeyAlgorithm.ECDSA_P256, Clock.systemUTC(), Duration.ofDays(30));
        int first;
        try (ServerSocket probe = new ServerSocket(0)) {
            first = probe.getLocalPort();
        }
        OverlayConfigurations document = OverlayDocument.create("localhost", ca.rootCertificate(),
                URI.create("https://localhost:1/enroll"), new InetSocketAddress("127.0.0.1", first));
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < peers; i++) {
            byte[] id = new byte[16];
            random.nextBytes(id);
            KeyPair pair = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
            String user = "user" + i + "@localhost";
            Credentials credentials = Credentials.of(pair.getPrivate(), ReloadCertificate.parse(ca.issueNodeCertificate(
                    pair.getPublic(), List.of(NodeId.of(id)), new UserName(user), Duration.ofDays(30)), 16));
            NodeOptions options = new NodeOptions(document, "localhost", credentials,
                    new InetSocketAddress("127.0.0.1", i == 0 ? first : 0), false, List.of(), "TLS-TCP-FH-NO-ICE");
            RunningNode node = RunningNode.start(options, links, Optional.of(new ChordPlugin()), CertificateSource.none())
                    .toCompletableFuture().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            nodes.add(node);
            users.add(user);
            node.join(PATIENCE).toCompletableFuture().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws Exception {
        nodes.forEach(RunningNode::close);
        ((AutoCloseable) links).close();
    }
}

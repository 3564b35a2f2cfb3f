package org.reloadj.cli.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.cli.node.DocumentSource;
import org.reloadj.cli.node.Enrollment;
import org.reloadj.cli.node.Home;
import org.reloadj.cli.node.NewOverlay;
import org.reloadj.cli.node.UserPassword;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.core.runtime.LinkTypes;
import org.reloadj.core.runtime.NodeOptions;
import org.reloadj.core.runtime.RunningNode;
import org.reloadj.security.Credentials;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.topology.chord.ChordPlugin;
import org.reloadj.usage.certstore.CertificateStoreUsage;
import org.reloadj.usage.certstore.OverlayCertificateSource;
import org.reloadj.usage.certstore.OverlayCertificateStore;

/**
 * A new overlay named localhost (its CA, enrollment server and document in a home folder) and its
 * first peer, a plain-Java {@link RunningNode} over real TLS links with CHORD-RELOAD and the
 * Certificate Store, that has joined and published its certificate (RFC 6940, 8).
 */
final class FirstPeer implements AutoCloseable {
    static final UserPassword ALICE = new UserPassword("alice", "alice's password");
    static final UserPassword BOB = new UserPassword("bob", "bob's password");

    final Home home;
    final NewOverlay overlay;
    final OverlayLinkProvider links;
    final RunningNode node;

    FirstPeer(Path dir) throws Exception {
        home = new Home(dir).create();
        overlay = NewOverlay.open(home, "localhost", new InetSocketAddress("127.0.0.1", freePort()),
                new InetSocketAddress("127.0.0.1", freePort()), List.of(ALICE, BOB));
        OverlayConfiguration configuration = DocumentSource.first(overlay.document());
        Credentials alice = Enrollment.credentials(home, configuration, Optional.of(ALICE));
        String linkType = LinkTypes.of(configuration, "");
        links = PlainLinks.of(linkType, configuration);
        InetSocketAddress listen = new InetSocketAddress("127.0.0.1",
                configuration.bootstrapNodes().get(0).port());
        node = RunningNode.start(new NodeOptions(overlay.document(), "localhost", alice, listen, false, List.of(),
                linkType), links, Optional.of(new ChordPlugin()), CertificateSource.none())
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        node.usages().add(new CertificateStoreUsage());
        node.join(Duration.ofSeconds(30)).toCompletableFuture().get(40, TimeUnit.SECONDS);
        new OverlayCertificateStore(node.overlay(), Clock.systemUTC(), new OverlayCertificateSource(10))
                .publish(alice.certificate()).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** The Configuration Document's file. */
    String config() {
        return home.overlayXml().toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @Override
    public void close() {
        node.close();
        PlainLinks.close(links);
        overlay.close();
    }
}

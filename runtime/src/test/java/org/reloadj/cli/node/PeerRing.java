package org.reloadj.cli.node;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.config.OverlayConfiguration;
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
 * {@link RunningNode}s with CHORD-RELOAD over real TLS (or DTLS) links on 127.0.0.1, certified by
 * an in-test CA; the first is the bootstrap node, the others join through it.
 */
final class PeerRing implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    final List<RunningNode> nodes = new ArrayList<>();
    final List<String> users = new ArrayList<>();
    private final OverlayLinkProvider links;

    PeerRing(int peers) throws Exception {
        this(peers, Optional.empty(), new TlsLinkProvider(LinkAuthentication.of(16), TlsLinkSettings.defaults(5000), 2),
                "TLS-TCP-FH-NO-ICE");
    }

    /**
     * {@code peers} peers linked by {@code links} of {@code linkType}, in an overlay whose
     * configuration holds {@code sharedSecret} when given (RFC 6940, 11.1), so that its links use
     * TLS-PSK or DTLS-PSK (4.1.1).
     */
    PeerRing(int peers, Optional<String> sharedSecret, OverlayLinkProvider links, String linkType) throws Exception {
        this.links = links;
        OverlayCa ca = OverlayCa.create("localhost", KeyAlgorithm.ECDSA_P256, Clock.systemUTC(), Duration.ofDays(30));
        int first;
        try (ServerSocket probe = new ServerSocket(0)) {
            first = probe.getLocalPort();
        }
        OverlayConfiguration configuration = OverlayDocument.create("localhost", ca.rootCertificate(),
                URI.create("https://localhost:1/enroll"), new InetSocketAddress("127.0.0.1", first)).contents().get(0);
        OverlayConfigurations document = OverlayConfigurations.of(List.of(sharedSecret
                .map(secret -> configuration.toBuilder().sharedSecret(secret).build()).orElse(configuration)));
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < peers; i++) {
            byte[] id = new byte[16];
            random.nextBytes(id);
            KeyPair pair = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
            String user = "user" + i + "@localhost";
            Credentials credentials = Credentials.of(pair.getPrivate(), ReloadCertificate.parse(ca.issueNodeCertificate(
                    pair.getPublic(), List.of(NodeId.of(id)), new UserName(user), Duration.ofDays(30)), 16));
            NodeOptions options = new NodeOptions(document, "localhost", credentials,
                    new InetSocketAddress("127.0.0.1", i == 0 ? first : 0), false, List.of(), linkType);
            RunningNode node = RunningNode.start(options, links, Optional.of(new ChordPlugin()), CertificateSource.none())
                    .toCompletableFuture().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            nodes.add(node);
            users.add(user);
            node.join(PATIENCE).toCompletableFuture().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Stores {@code text} as {@code user}'s demo note through {@code overlay}. */
    static void store(Overlay overlay, String user, String text) throws Exception {
        StoredValue value = StoredValue.of(Slot.SINGLE, Opaque.utf8(text), Instant.now(), Duration.ofHours(1));
        overlay.store(overlay.resourceId(Opaque.utf8(user)), List.of(new KindValues(OverlayDocument.DEMO_NOTE_KIND.id(),
                0, List.of(value)))).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** {@code user}'s demo note, fetched through {@code overlay}. */
    static Optional<String> fetch(Overlay overlay, String user) throws Exception {
        return overlay.fetch(overlay.resourceId(Opaque.utf8(user)), List.of(Query.all(OverlayDocument.DEMO_NOTE_KIND.id())))
                .toCompletableFuture().get(10, TimeUnit.SECONDS).stream().flatMap(k -> k.values().stream())
                .filter(StoredValue::exists).findFirst().map(v -> v.value().toUtf8());
    }

    @Override
    public void close() throws Exception {
        nodes.forEach(RunningNode::close);
        ((AutoCloseable) links).close();
    }
}

package org.reloadj.bench.cluster;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.core.runtime.NodeOptions;
import org.reloadj.core.runtime.RunningNode;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.topology.chord.ChordPlugin;

/**
 * The benchmark's overlay: {@code n} {@link RunningNode}s on 127.0.0.1, each on the I/O thread its
 * links are kept on, sharing one link provider, enrolled by one CA, joining one after the other
 * through the first node with CHORD-RELOAD's join (RFC 6940, 10.5) as a node of a real deployment
 * does.
 */
final class Cluster implements AutoCloseable {
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(60);

    private final ClusterLinks links;
    private final List<RunningNode> nodes = new ArrayList<>();
    private final ClusterIdentities identities;
    private final InetSocketAddress first;
    private final OverlayConfigurations document;
    private final String linkType;

    private Cluster(ClusterLinks links, ClusterOptions options) throws Exception {
        this.links = links;
        this.identities = new ClusterIdentities(ClusterDocument.OVERLAY, options.signature(),
                OverlayConfiguration.DEFAULT_NODE_ID_LENGTH, options.seed());
        this.first = new InetSocketAddress(InetAddress.getLoopbackAddress(), freePort(options.link()));
        this.document = ClusterDocument.create(identities.root(), first, options);
        this.linkType = linkType(options.link());
    }

    /** Starts and joins the overlay of {@code options}; {@code progress} hears each step. */
    static Cluster start(ClusterOptions options, Consumer<String> progress) throws Exception {
        ClusterLinks links = ClusterLinks.open(options);
        Cluster cluster;
        try {
            cluster = new Cluster(links, options);
        } catch (Exception | Error e) {
            links.close();
            throw e;
        }
        try {
            for (int i = 0; i < options.nodes(); i++) {
                long nanos = cluster.addNode();
                progress.accept("node " + (i + 1) + " of " + options.nodes() + " joined in " + nanos / 1_000_000
                        + " ms");
            }
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * Starts one more node and joins it through the first (RFC 6940, 10.5); returns the time from
     * its start to its being joined, in nanoseconds.
     */
    long addNode() throws ReloadSecurityException, InterruptedException, ExecutionException, TimeoutException {
        int i = nodes.size();
        InetSocketAddress listen = i == 0 ? first : new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        NodeOptions options = new NodeOptions(document, ClusterDocument.OVERLAY, identities.issue(i), listen, false,
                List.of(first), linkType);
        long start = System.nanoTime();
        add(options);
        return System.nanoTime() - start;
    }

    private void add(NodeOptions options) throws ReloadSecurityException, InterruptedException, ExecutionException,
            TimeoutException {
        RunningNode node = RunningNode.start(options, links.provider(), Optional.of(new ChordPlugin()),
                CertificateSource.none()).toCompletableFuture().get(JOIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        nodes.add(node);
        node.join(JOIN_TIMEOUT).toCompletableFuture().get(JOIN_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
    }

    private static String linkType(ClusterOptions.Link link) {
        return link == ClusterOptions.Link.DTLS ? OverlayLinkType.DTLS_UDP_SR_NO_ICE.rfcName()
                : OverlayLinkType.TLS_TCP_FH_NO_ICE.rfcName();
    }

    /**
     * A port free now on the loopback for the first node, which the Configuration Document names as
     * bootstrap node (11.1) before the node listens.
     */
    private static int freePort(ClusterOptions.Link link) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        if (link == ClusterOptions.Link.DTLS) {
            try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
                return probe.getLocalPort();
            }
        }
        try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
            return probe.getLocalPort();
        }
    }

    List<RunningNode> nodes() {
        return nodes;
    }

    ClusterLinks links() {
        return links;
    }

    @Override
    public void close() throws Exception {
        for (RunningNode node : nodes) {
            node.close();
        }
        links.close();
    }
}

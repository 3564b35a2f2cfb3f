package org.reloadj.bench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException;

/**
 * The links the benchmark's nodes share. All nodes listen on 127.0.0.1 behind one provider, so
 * the provider's handshake limiter (RFC 6940, 13.7) sees every peer of every node as one source.
 */
class ClusterLinksTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** The peers that open links to a joining node at once (10.5, steps 3 and 4), and then some. */
    private static final int PEERS_AT_ONCE = 12;

    @Test
    void a_node_accepts_links_from_a_dozen_peers_handshaking_at_once() throws Exception {
        ClusterOptions options = new ClusterOptions(40, 1, ClusterOptions.Link.TLS, 0, 1, KeyAlgorithm.ECDSA_P256,
                100, Optional.empty(), 7);
        ClusterIdentities identities = new ClusterIdentities(ClusterDocument.OVERLAY, KeyAlgorithm.ECDSA_P256,
                OverlayConfiguration.DEFAULT_NODE_ID_LENGTH, 7);
        List<Socket> stalled = new ArrayList<>();
        try (ClusterLinks links = ClusterLinks.open(options)) {
            Credentials joining = identities.issue(0);
            InetSocketAddress at = links.provider()
                    .listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), credentials(identities,
                            joining), new Quiet())
                    .toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS).localAddress();
            // peers whose handshakes are under way, as when a dozen peers answer the Attaches of a join
            for (int i = 0; i < PEERS_AT_ONCE; i++) {
                stalled.add(new Socket(at.getAddress(), at.getPort()));
            }
            await().atMost(WAIT).until(() -> links.handshakesInProgress() == PEERS_AT_ONCE);

            NodeId joiningId = joining.certificate().nodeIds().get(0);
            OverlayLink link = links.provider().connect(at, joiningId, credentials(identities, identities.issue(1)),
                    new Quiet()).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(link.remoteNodeIds()).containsExactly(joiningId);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    private static LinkCredentials credentials(ClusterIdentities identities, Credentials node)
            throws ReloadSecurityException {
        return new LinkCredentials(node.privateKey(), node.chain(), List.of(identities.root()), Optional.empty(),
                Optional.empty());
    }

    private static final class Quiet implements LinkHandler {
        @Override
        public void onOpened(OverlayLink link) {
        }

        @Override
        public void onMessage(OverlayLink link, byte[] message) {
        }

        @Override
        public void onClosed(OverlayLink link, Throwable cause) {
        }
    }
}

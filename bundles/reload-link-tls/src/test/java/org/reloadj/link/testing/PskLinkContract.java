package org.reloadj.link.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.link.OverlayLinkProvider;

/**
 * What every link provider does in a shared-secret overlay (RFC 6940, 4.1.1, 13.4), over real
 * sockets on 127.0.0.1: links between nodes of the same secret carry messages both ways and are
 * named by the Node-IDs of the PSK identities; a node with another secret, a node without one, and
 * a server naming another Node-ID than the Attach did are refused, and the accepting side never
 * announces them. Each link bundle runs it with its own provider.
 */
public abstract class PskLinkContract {
    protected static final Duration WAIT = Duration.ofSeconds(30);
    private static final InetSocketAddress ANY_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final String SECRET = "Qm8vT1c4ZnJ0d2VyYXNkZmdoamtsMTIz";
    private static final NodeId A = TestIdentities.nodeId(0x0a);
    private static final NodeId B = TestIdentities.nodeId(0x0b);
    private static final NodeId C = TestIdentities.nodeId(0x0c);

    private final TestIdentities pki = new TestIdentities();
    private OverlayLinkProvider provider;

    /** A new provider; the contract closes it after each test. */
    protected abstract OverlayLinkProvider newProvider();

    @BeforeEach
    void open() {
        provider = newProvider();
    }

    @AfterEach
    void close() throws Exception {
        ((AutoCloseable) provider).close();
    }

    private InetSocketAddress listen(LinkCredentials credentials, RecordingHandler handler) throws Exception {
        return Stages.join(provider.listen(ANY_PORT, credentials, handler), WAIT).localAddress();
    }

    private static byte[] numbered(int n, int size) {
        return ByteBuffer.allocate(size).putInt(n).array();
    }

    @Test
    void links_nodes_of_one_shared_secret_named_by_their_psk_identities_and_carries_messages_both_ways()
            throws Exception {
        RecordingHandler server = new RecordingHandler();
        RecordingHandler client = new RecordingHandler();
        InetSocketAddress at = listen(pki.sharedSecretCredentials(SECRET, A), server);

        OverlayLink link = Stages.join(provider.connect(at, A, pki.sharedSecretCredentials(SECRET, B), client), WAIT);

        assertThat(link.remoteNodeIds()).containsExactly(A);
        await().atMost(WAIT).until(() -> server.opened.size() == 1);
        OverlayLink back = server.opened.get(0);
        assertThat(back.remoteNodeIds()).containsExactly(B);
        int size = Math.min(link.maxMessageSize(), 4000);
        for (int i = 0; i < 20; i++) {
            link.send(numbered(i, size));
            back.send(numbered(1000 + i, 10));
        }
        for (int i = 0; i < 20; i++) {
            byte[] there = server.messages.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(there).hasSize(size);
            assertThat(ByteBuffer.wrap(there).getInt()).isEqualTo(i);
            assertThat(ByteBuffer.wrap(client.messages.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).getInt())
                    .isEqualTo(1000 + i);
        }
        link.close();
        await().atMost(WAIT).until(() -> server.closed.contains(back));
    }

    @Test
    void refuses_a_node_that_holds_another_shared_secret() throws Exception {
        RecordingHandler server = new RecordingHandler();
        InetSocketAddress at = listen(pki.sharedSecretCredentials(SECRET, A), server);

        assertThat(Stages.failure(provider.connect(at, A, pki.sharedSecretCredentials(SECRET + "-old", B),
                new RecordingHandler()), WAIT)).isNotNull();
        assertThat(server.opened).isEmpty();
    }

    @Test
    void refuses_a_server_that_names_another_node_id_than_the_attach_did() throws Exception {
        RecordingHandler server = new RecordingHandler();
        RecordingHandler client = new RecordingHandler();
        InetSocketAddress at = listen(pki.sharedSecretCredentials(SECRET, A), server);

        assertThat(Stages.failure(provider.connect(at, C, pki.sharedSecretCredentials(SECRET, B), client), WAIT))
                .hasStackTraceContaining("not the expected " + C);
        assertThat(client.opened).isEmpty();
        assertThat(server.opened).isEmpty();
    }

    @Test
    void refuses_a_node_without_the_shared_secret_that_offers_its_certificate() throws Exception {
        RecordingHandler server = new RecordingHandler();
        InetSocketAddress at = listen(pki.sharedSecretCredentials(SECRET, A), server);

        assertThat(Stages.failure(provider.connect(at, A, pki.credentials(B), new RecordingHandler()), WAIT)).isNotNull();
        assertThat(server.opened).isEmpty();
    }
}

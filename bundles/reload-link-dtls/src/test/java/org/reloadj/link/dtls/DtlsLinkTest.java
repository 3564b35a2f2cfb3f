package org.reloadj.link.dtls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.link.testing.RecordingHandler;
import org.reloadj.link.testing.Stages;
import org.reloadj.link.testing.TestIdentities;
import org.reloadj.security.KeyAlgorithm;

class DtlsLinkTest {
    private static final InetSocketAddress ANY_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final NodeId A = TestIdentities.nodeId(0x0a);
    private static final NodeId B = TestIdentities.nodeId(0x0b);

    private final TestIdentities pki = new TestIdentities();
    private DtlsLinkProvider provider = provider(DtlsLinkSettings.defaults());

    private static DtlsLinkProvider provider(DtlsLinkSettings settings) {
        return new DtlsLinkProvider(TestIdentities.authentication(), settings, 2);
    }

    @AfterEach
    void close() {
        provider.close();
    }

    private InetSocketAddress listen(LinkCredentials c, LinkHandler h) throws Exception {
        return join(provider.listen(ANY_PORT, c, h)).localAddress();
    }

    private static <T> T join(CompletionStage<T> stage) throws Exception {
        return Stages.join(stage, WAIT);
    }

    private static Throwable failure(CompletionStage<?> stage) {
        return Stages.failure(stage, WAIT);
    }

    private static byte[] numbered(int n, int size) {
        return ByteBuffer.allocate(size).putInt(n).array();
    }

    @Test
    void names_its_link_type() {
        assertThat(provider.linkType()).isEqualTo("DTLS-UDP-SR-NO-ICE");
        try (DtlsLinkProvider sr = provider(DtlsLinkSettings.defaults().withLinkType(OverlayLinkType.DTLS_UDP_SR))) {
            assertThat(sr.linkType()).isEqualTo("DTLS-UDP-SR");
        }
    }

    @Test
    void links_two_nodes_authenticated_as_their_node_ids_and_carries_messages_both_ways() throws Exception {
        RecordingHandler server = new RecordingHandler();
        RecordingHandler client = new RecordingHandler();
        InetSocketAddress at = listen(pki.credentials(A), server);

        OverlayLink link = join(provider.connect(at, A, pki.credentials(B), client));

        assertThat(link.remoteNodeIds()).containsExactly(A);
        assertThat(link.maxMessageSize()).isBetween(1300, 1400 - 13 - 8);
        await().atMost(WAIT).until(() -> server.opened.size() == 1);
        OverlayLink back = server.opened.get(0);
        assertThat(back.remoteNodeIds()).containsExactly(B);
        for (int i = 0; i < 20; i++) {
            link.send(numbered(i, link.maxMessageSize()));
            back.send(numbered(1000 + i, 10));
        }
        for (int i = 0; i < 20; i++) {
            assertThat(ByteBuffer.wrap(server.messages.poll(20, TimeUnit.SECONDS)).getInt()).isEqualTo(i);
            assertThat(ByteBuffer.wrap(client.messages.poll(20, TimeUnit.SECONDS)).getInt()).isEqualTo(1000 + i);
        }
    }

    @Test
    void links_nodes_with_rsa_keys() throws Exception {
        TestIdentities rsa = new TestIdentities(KeyAlgorithm.RSA_2048);
        RecordingHandler server = new RecordingHandler();
        InetSocketAddress at = listen(rsa.credentials(A), server);
        OverlayLink link = join(provider.connect(at, A, rsa.credentials(B), new RecordingHandler()));
        link.send(numbered(7, 4));
        assertThat(ByteBuffer.wrap(server.messages.poll(20, TimeUnit.SECONDS)).getInt()).isEqualTo(7);
    }

    @Test
    void delivers_every_message_with_5_percent_of_datagrams_lost() throws Exception {
        provider.close();
        DatagramLoss random = DatagramLoss.random(0.05, 6940);
        AtomicInteger lost = new AtomicInteger();
        provider = provider(DtlsLinkSettings.defaults().withLoss(() -> random.drops() && lost.incrementAndGet() > 0));
        RecordingHandler server = new RecordingHandler();
        RecordingHandler client = new RecordingHandler();
        InetSocketAddress at = listen(pki.credentials(A), server);
        OverlayLink link = join(provider.connect(at, A, pki.credentials(B), client));
        await().atMost(WAIT).until(() -> server.opened.size() == 1);
        OverlayLink back = server.opened.get(0);

        int count = 300;
        for (int i = 0; i < count; i++) {
            link.send(numbered(i, 200));
            back.send(numbered(i, 200));
        }
        Set<Integer> atServer = new HashSet<>();
        Set<Integer> atClient = new HashSet<>();
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            server.messages.forEach(m -> atServer.add(ByteBuffer.wrap(m).getInt()));
            client.messages.forEach(m -> atClient.add(ByteBuffer.wrap(m).getInt()));
            return atServer.size() == count && atClient.size() == count;
        });
        assertThat(server.closed).isEmpty();
        assertThat(client.closed).isEmpty();
        assertThat(lost.get()).as("datagrams lost").isGreaterThan(10);
    }

    @Test
    void refuses_a_server_whose_certificate_another_ca_issued() throws Exception {
        RecordingHandler server = new RecordingHandler();
        RecordingHandler client = new RecordingHandler();
        InetSocketAddress at = listen(new TestIdentities().credentials(A), server);

        assertThat(failure(provider.connect(at, A, pki.credentials(B), client))).isInstanceOf(IOException.class)
                .hasMessageContaining("UNTRUSTED_CERTIFICATE");
        assertThat(client.opened).isEmpty();
        assertThat(server.opened).isEmpty();
    }

    @Test
    void refuses_a_client_whose_certificate_another_ca_issued() throws Exception {
        RecordingHandler server = new RecordingHandler();
        RecordingHandler client = new RecordingHandler();
        InetSocketAddress at = listen(pki.credentials(A), server);

        assertThat(failure(provider.connect(at, A, new TestIdentities().credentials(B), client)))
                .isInstanceOf(IOException.class);
        assertThat(client.opened).isEmpty();
        assertThat(server.opened).isEmpty();
    }

    @Test
    void refuses_a_certificate_of_another_node_than_the_attach_named() throws Exception {
        RecordingHandler server = new RecordingHandler();
        RecordingHandler client = new RecordingHandler();
        InetSocketAddress at = listen(pki.credentials(A), server);

        assertThat(failure(provider.connect(at, B, pki.credentials(B), client))).isInstanceOf(IOException.class)
                .hasMessageContaining("NODE_ID_MISMATCH");
        assertThat(client.opened).isEmpty();
    }

    @Test
    void refuses_an_expired_certificate() throws Exception {
        RecordingHandler server = new RecordingHandler();
        RecordingHandler client = new RecordingHandler();
        InetSocketAddress at = listen(pki.credentials(A), server);

        assertThat(failure(provider.connect(at, A, pki.expiredCredentials(B), client)))
                .isInstanceOf(IOException.class);
        assertThat(server.opened).isEmpty();
        assertThat(client.opened).isEmpty();
    }

    @Test
    void closing_one_end_closes_the_other() throws Exception {
        RecordingHandler server = new RecordingHandler();
        RecordingHandler client = new RecordingHandler();
        InetSocketAddress at = listen(pki.credentials(A), server);
        OverlayLink link = join(provider.connect(at, A, pki.credentials(B), client));
        await().atMost(WAIT).until(() -> server.opened.size() == 1);

        link.close();

        await().atMost(WAIT).until(() -> client.closed.size() == 1 && server.closed.size() == 1);
    }
}

package org.reloadj.security.psk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.PSKTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsClient;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsProtocol;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;

/**
 * TLS-PSK handshakes between two nodes, run in memory with Bouncy Castle's non-blocking protocols
 * (the links run the same over TCP and UDP).
 */
class PskHandshakesTest {
    private static final String SECRET = "hZ3q9VtLr0s7XcN2mPa5Ke8Wb1Jy4Uf6";
    private static final NodeId A = NodeId.fromHex("0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a");
    private static final NodeId B = NodeId.fromHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    private static final NodeId C = NodeId.fromHex("0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c");
    private static final int TIMEOUT = 10_000;

    private static PskHandshakes node(NodeId id, String secret) {
        LinkCredentials none = new LinkCredentials(null, List.of(), List.of(), Optional.empty(), Optional.empty());
        return PskHandshakes.of(SharedSecretPsk.derive("overlay.example.org", secret).linkCredentials(none, id), 16);
    }

    /** Runs a handshake to its end; true when both sides completed it. */
    private static boolean handshake(TlsClient tlsClient, PskLinkServer tlsServer) throws IOException {
        TlsClientProtocol client = new TlsClientProtocol();
        TlsServerProtocol server = new TlsServerProtocol();
        server.accept(tlsServer);
        client.connect(tlsClient);
        for (int round = 0; round < 10 && !(client.isConnected() && server.isConnected()); round++) {
            pump(client, server);
            pump(server, client);
        }
        return client.isConnected() && server.isConnected();
    }

    private static void pump(TlsProtocol from, TlsProtocol to) throws IOException {
        int n = from.getAvailableOutputBytes();
        if (n > 0) {
            byte[] records = new byte[n];
            from.readOutput(records, 0, n);
            to.offerInput(records);
        }
    }

    @Test
    void nodes_with_the_same_secret_complete_the_handshake_and_learn_each_others_node_ids() throws IOException {
        PskLinkClient client = node(B, SECRET).client(ProtocolVersion.TLSv12, Optional.of(A), TIMEOUT);
        PskLinkServer server = node(A, SECRET).server(ProtocolVersion.TLSv12, TIMEOUT);
        assertThat(handshake(client, server)).isTrue();
        assertThat(client.peerNodeId()).isEqualTo(A);
        assertThat(server.peerNodeId()).isEqualTo(B);
    }

    @Test
    void a_node_with_another_secret_fails_the_handshake() {
        PskLinkClient client = node(B, SECRET + "x").client(ProtocolVersion.TLSv12, Optional.empty(), TIMEOUT);
        PskLinkServer server = node(A, SECRET).server(ProtocolVersion.TLSv12, TIMEOUT);
        assertThatThrownBy(() -> handshake(client, server)).isInstanceOf(TlsFatalAlert.class);
    }

    @Test
    void a_client_refuses_a_server_naming_another_node_id_than_expected_before_the_server_completes() {
        PskLinkClient client = node(B, SECRET).client(ProtocolVersion.TLSv12, Optional.of(C), TIMEOUT);
        PskLinkServer server = node(A, SECRET).server(ProtocolVersion.TLSv12, TIMEOUT);
        assertThatThrownBy(() -> handshake(client, server)).isInstanceOf(TlsFatalAlert.class)
                .hasStackTraceContaining("claims Node-ID " + A);
        assertThatThrownBy(server::peerNodeId).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_server_refuses_a_client_whose_identity_names_no_node_id() {
        PSKTlsClient stranger = new PSKTlsClient(new BcTlsCrypto(new SecureRandom()),
                "overlay.example.org".getBytes(StandardCharsets.UTF_8),
                SharedSecretPsk.derive("overlay.example.org", SECRET).key());
        PskLinkServer server = node(A, SECRET).server(ProtocolVersion.TLSv12, TIMEOUT);
        assertThatThrownBy(() -> handshake(stranger, server)).isInstanceOfSatisfying(TlsFatalAlert.class,
                alert -> assertThat(alert.getAlertDescription()).isEqualTo(AlertDescription.unknown_psk_identity));
    }

    @Test
    void a_server_refuses_plain_psk_suites_without_forward_secrecy() {
        PSKTlsClient plain = new PSKTlsClient(new BcTlsCrypto(new SecureRandom()),
                PskIdentity.of(B).toByteArray(), SharedSecretPsk.derive("overlay.example.org", SECRET).key()) {
            @Override
            protected int[] getSupportedCipherSuites() {
                return new int[] {CipherSuite.TLS_PSK_WITH_AES_128_GCM_SHA256};
            }
        };
        PskLinkServer server = node(A, SECRET).server(ProtocolVersion.TLSv12, TIMEOUT);
        assertThatThrownBy(() -> handshake(plain, server)).isInstanceOfSatisfying(TlsFatalAlert.class,
                alert -> assertThat(alert.getAlertDescription()).isEqualTo(AlertDescription.handshake_failure));
    }
}

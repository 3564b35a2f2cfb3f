package org.reloadj.link.tls;

import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsServerProtocol;
import org.reloadj.api.NodeId;
import org.reloadj.security.psk.PskHandshakes;
import org.reloadj.security.psk.PskLinkClient;
import org.reloadj.security.psk.PskLinkServer;

/**
 * TLS 1.2 links with a pre-shared key (RFC 6940, 4.1.1, 6.6.5, 13.4), for the credentials of a
 * shared-secret overlay: ECDHE_PSK suites, each side naming its Node-ID as PSK identity
 * ({@link PskHandshakes}). A connecting node refuses, during the handshake, a server that names
 * another Node-ID than the Attach did; the link's remote Node-ID is the one the peer named. That
 * binding rests on the peer's word: the PSK proves that it belongs to the overlay, not that it
 * holds the Node-ID, which only the signatures of its messages prove (6.3.4).
 */
final class PskEndpoint implements LinkSecurity {
    private final PskHandshakes handshakes;

    PskEndpoint(PskHandshakes handshakes) {
        this.handshakes = handshakes;
    }

    @Override
    public Secured secure(SocketChannel channel, boolean clientSide, Optional<NodeId> expected,
            Duration handshakeTimeout) {
        int millis = (int) Math.min(Integer.MAX_VALUE, handshakeTimeout.toMillis());
        PskTlsHandler handler;
        if (clientSide) {
            PskLinkClient client = handshakes.client(ProtocolVersion.TLSv12, expected, millis);
            handler = new PskTlsHandler(p -> ((TlsClientProtocol) p).connect(client), new TlsClientProtocol(),
                    client::peerNodeId, handshakeTimeout);
        } else {
            PskLinkServer server = handshakes.server(ProtocolVersion.TLSv12, millis);
            handler = new PskTlsHandler(p -> ((TlsServerProtocol) p).accept(server), new TlsServerProtocol(),
                    server::peerNodeId, handshakeTimeout);
        }
        return new Secured(handler, handler.handshakeFuture());
    }

    @Override
    public Set<NodeId> authenticate(ChannelPipeline pipeline, Optional<NodeId> expected)
            throws SSLPeerUnverifiedException {
        NodeId peer = pipeline.get(PskTlsHandler.class).peerNodeId();
        if (expected.isPresent() && !expected.get().equals(peer)) {
            throw new SSLPeerUnverifiedException("(NODE_ID_MISMATCH) the peer named Node-ID " + peer + ", not "
                    + expected.get());
        }
        return Set.of(peer);
    }
}

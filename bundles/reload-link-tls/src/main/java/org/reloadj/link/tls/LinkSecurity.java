package org.reloadj.link.tls;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.Future;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.security.link.LinkAuthentication;
import org.reloadj.security.psk.PskHandshakes;

/**
 * How one node's TLS links are secured (RFC 6940, 6.6.5): TLS with the nodes' certificates
 * ({@link TlsEndpoint}), or TLS-PSK in a shared-secret overlay (4.1.1, 13.4) when the credentials
 * carry a PSK ({@link PskEndpoint}). Either puts one handler first in a link's pipeline; once its
 * handshake is done it fires an {@link io.netty.handler.ssl.SslHandshakeCompletionEvent}, and the
 * link asks {@link #authenticate} for the peer's Node-IDs.
 */
interface LinkSecurity {
    /** The handler that secures {@code channel}, and its handshake's outcome. */
    Secured secure(SocketChannel channel, boolean clientSide, Optional<NodeId> expected, Duration handshakeTimeout);

    /**
     * The Node-IDs of the peer at the other end of {@code pipeline}'s finished handshake.
     *
     * @throws SSLPeerUnverifiedException when the peer is not a node of the overlay, or not
     *                                    {@code expected} when given
     */
    Set<NodeId> authenticate(ChannelPipeline pipeline, Optional<NodeId> expected) throws SSLPeerUnverifiedException;

    /** The first handler of a link's pipeline and the future of its handshake. */
    record Secured(ChannelHandler handler, Future<?> handshake) {
    }

    /** The security of {@code credentials}: TLS-PSK when they carry a PSK, certificates otherwise. */
    static LinkSecurity of(LinkCredentials credentials, LinkAuthentication authentication) {
        if (PskHandshakes.isPsk(credentials)) {
            return new PskEndpoint(PskHandshakes.of(credentials, authentication.nodeIdLength()));
        }
        return TlsEndpoint.of(credentials, authentication);
    }
}

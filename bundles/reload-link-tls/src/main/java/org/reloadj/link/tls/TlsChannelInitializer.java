package org.reloadj.link.tls;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.security.link.HandshakeLimiter;

/**
 * Builds the pipeline of one TLS link: TLS (with certificates, or TLS-PSK in a shared-secret
 * overlay, as the {@link LinkSecurity} says), the frame decoder and encoder (6.6.2), the idle timer
 * for keep-alives, and the {@link LinkChannelHandler}. On the accepting side the handshake first
 * needs a place under the {@link HandshakeLimiter}; without one the connection is closed at once.
 */
final class TlsChannelInitializer extends ChannelInitializer<SocketChannel> {
    private final LinkSecurity security;
    private final boolean clientSide;
    private final Optional<NodeId> expected;
    private final LinkHandler handler;
    private final CompletableFuture<OverlayLink> opened;
    private final TlsLinkSettings settings;
    private final HandshakeLimiter limiter;

    private TlsChannelInitializer(LinkSecurity security, boolean clientSide, Optional<NodeId> expected,
            LinkHandler handler, CompletableFuture<OverlayLink> opened, TlsLinkSettings settings,
            HandshakeLimiter limiter) {
        this.security = security;
        this.clientSide = clientSide;
        this.expected = expected;
        this.handler = handler;
        this.opened = opened;
        this.settings = settings;
        this.limiter = limiter;
    }

    /** The pipeline of a link this node opens, completing {@code opened}. */
    static TlsChannelInitializer connecting(LinkSecurity security, Optional<NodeId> expected, LinkHandler handler,
            CompletableFuture<OverlayLink> opened, TlsLinkSettings settings) {
        return new TlsChannelInitializer(security, true, expected, handler, opened, settings, null);
    }

    /** The pipeline of each link this node accepts. */
    static TlsChannelInitializer accepting(LinkSecurity security, LinkHandler handler, TlsLinkSettings settings,
            HandshakeLimiter limiter) {
        return new TlsChannelInitializer(security, false, Optional.empty(), handler, null, settings, limiter);
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        CompletableFuture<OverlayLink> result = clientSide ? opened : new CompletableFuture<>();
        LinkSecurity.Secured tls = security.secure(ch, clientSide, expected, settings.handshakeTimeout());
        if (!clientSide) {
            Optional<HandshakeLimiter.Permit> permit = limiter.tryAcquire(ch.remoteAddress().getAddress());
            if (permit.isEmpty()) {
                ch.close();
                return;
            }
            tls.handshake().addListener(f -> permit.get().close());
            ch.closeFuture().addListener(f -> permit.get().close());
        }
        long keepAlive = settings.keepAlive().toMillis();
        ChannelPipeline p = ch.pipeline();
        p.addLast("tls", tls.handler());
        p.addLast("frame-decoder", new FrameDecoder(settings.maxMessageSize()));
        p.addLast("frame-encoder", FrameEncoder.INSTANCE);
        p.addLast("idle", new IdleStateHandler(0, 0, keepAlive, TimeUnit.MILLISECONDS));
        p.addLast("link", new LinkChannelHandler(security, expected, handler, result, settings));
    }
}

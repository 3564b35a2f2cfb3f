package org.reloadj.link.tls;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.security.link.HandshakeLimiter;
import org.reloadj.security.link.LinkAuthentication;

/**
 * TLS-TCP-FH-NO-ICE (RFC 6940, 6.6.5): TLS over TCP with the framing header, without ICE, over
 * Netty. Links are mutually authenticated with the nodes' certificates, or with TLS-PSK in a
 * shared-secret overlay (4.1.1, 13.4: credentials carrying a PSK); a link opened for an Attach
 * must present the Node-ID the Attach named (6.5.1.11). Several nodes may share one
 * provider (each listens and connects with its own credentials); it owns its event loops until
 * {@link #close()}.
 */
public final class TlsLinkProvider implements OverlayLinkProvider, AutoCloseable {
    /** The overlay link type's name. */
    public static final String LINK_TYPE = OverlayLinkType.TLS_TCP_FH_NO_ICE.rfcName();

    private final LinkAuthentication authentication;
    private final TlsLinkSettings settings;
    private final EventLoopGroup group;
    private final HandshakeLimiter limiter;
    private final Map<LinkCredentials, LinkSecurity> endpoints = new ConcurrentHashMap<>();
    private final Map<LinkCredentials, EventLoop> loops = new ConcurrentHashMap<>();

    /** A provider with {@code threads} event loop threads. */
    public TlsLinkProvider(LinkAuthentication authentication, TlsLinkSettings settings, int threads) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        this.limiter = new HandshakeLimiter(settings.maxHandshakes(), settings.maxHandshakesPerSource());
    }

    @Override
    public String linkType() {
        return LINK_TYPE;
    }

    @Override
    public CompletionStage<Listener> listen(InetSocketAddress local, LinkCredentials credentials,
            LinkHandler handler) {
        CompletableFuture<Listener> result = new CompletableFuture<>();
        LinkSecurity endpoint;
        try {
            endpoint = endpoint(credentials);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        ChannelFuture bound = new ServerBootstrap().group(loop(credentials)).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(TlsChannelInitializer.accepting(endpoint, handler, settings, limiter)).bind(local);
        bound.addListener(f -> {
            if (f.isSuccess()) {
                result.complete(new ServerListener(bound.channel()));
            } else {
                result.completeExceptionally(f.cause());
            }
        });
        return result;
    }

    @Override
    public CompletionStage<OverlayLink> connect(InetSocketAddress remote, LinkCredentials credentials,
            LinkHandler handler) {
        return connect(remote, Optional.empty(), credentials, handler);
    }

    @Override
    public CompletionStage<OverlayLink> connect(InetSocketAddress remote, NodeId expected,
            LinkCredentials credentials, LinkHandler handler) {
        return connect(remote, Optional.of(expected), credentials, handler);
    }

    private CompletionStage<OverlayLink> connect(InetSocketAddress remote, Optional<NodeId> expected,
            LinkCredentials credentials, LinkHandler handler) {
        CompletableFuture<OverlayLink> result = new CompletableFuture<>();
        LinkSecurity endpoint;
        try {
            endpoint = endpoint(credentials);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        new Bootstrap().group(loop(credentials)).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.handshakeTimeout().toMillis())
                .handler(TlsChannelInitializer.connecting(endpoint, expected, handler, result, settings))
                .connect(remote).addListener(f -> {
                    if (!f.isSuccess()) {
                        result.completeExceptionally(f.cause());
                    }
                });
        return result;
    }

    /**
     * The event loop of the node holding {@code credentials}: all its links, accepted and opened,
     * do their I/O there, so that the node may run its own tasks on it too ({@link #ioExecutor}).
     * Nodes are spread over the loops in the order they first appear.
     */
    private EventLoop loop(LinkCredentials credentials) {
        return loops.computeIfAbsent(credentials, c -> group.next());
    }

    @Override
    public Optional<ScheduledExecutorService> ioExecutor(LinkCredentials credentials) {
        return Optional.of(loop(credentials));
    }

    private LinkSecurity endpoint(LinkCredentials credentials) {
        return endpoints.computeIfAbsent(credentials, c -> LinkSecurity.of(c, authentication));
    }

    /** The handshakes in progress on accepted connections. */
    public int handshakesInProgress() {
        return limiter.inProgress();
    }

    /** Closes every link and listener and stops the event loops. */
    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** A bound server socket. */
    private record ServerListener(Channel channel) implements Listener {
        @Override
        public InetSocketAddress localAddress() {
            return (InetSocketAddress) channel.localAddress();
        }

        @Override
        public void cancel() {
            channel.close();
        }
    }
}

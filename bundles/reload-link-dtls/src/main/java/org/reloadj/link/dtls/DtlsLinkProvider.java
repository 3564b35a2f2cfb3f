package org.reloadj.link.dtls;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.TlsClient;
import org.bouncycastle.tls.TlsServer;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.security.link.HandshakeLimiter;
import org.reloadj.security.link.LinkAuthentication;

/**
 * DTLS-UDP-SR-NO-ICE (RFC 6940, 6.6.6), or DTLS-UDP-SR (6.6.4) by name, over Netty UDP with Bouncy
 * Castle's DTLS 1.2: mutually authenticated with the nodes' certificates, or with DTLS-PSK in a
 * shared-secret overlay (4.1.1, 13.4: credentials carrying a PSK), simple reliability on each link. A listening socket serves every peer that handshakes with it; each link opened with
 * {@link #connect} has a socket of its own. Bouncy Castle's DTLS is blocking, so each link holds
 * one thread of the provider (its handshake, then its reader). No ICE: the candidates of an Attach
 * are connected to directly, and the handshake is the connectivity check (6.5.1.11).
 */
public class DtlsLinkProvider implements OverlayLinkProvider, AutoCloseable {
    private final LinkAuthentication authentication;
    private final DtlsLinkSettings settings;
    private final EventLoopGroup group;
    private final ExecutorService blocking;
    private final HandshakeLimiter limiter;
    private final Map<LinkCredentials, DtlsSecurity> securities = new ConcurrentHashMap<>();
    private final Set<DtlsLink> links = ConcurrentHashMap.newKeySet();

    /** A provider with {@code threads} event loop threads. */
    public DtlsLinkProvider(LinkAuthentication authentication, DtlsLinkSettings settings, int threads) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        this.blocking = Executors.newCachedThreadPool(daemons());
        this.limiter = new HandshakeLimiter(settings.maxHandshakes(), settings.maxHandshakesPerSource());
    }

    @Override
    public String linkType() {
        return settings.linkType().rfcName();
    }

    @Override
    public CompletionStage<Listener> listen(InetSocketAddress local, LinkCredentials credentials,
            LinkHandler handler) {
        DtlsSecurity security;
        try {
            security = security(credentials);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        DatagramDemux demux = new DatagramDemux(settings, t -> accept(security, t, handler));
        CompletableFuture<Listener> result = new CompletableFuture<>();
        ChannelFuture bound = new Bootstrap().group(group).channel(NioDatagramChannel.class).handler(demux).bind(local);
        bound.addListener(f -> {
            if (f.isSuccess()) {
                result.complete(new SocketListener(bound.channel()));
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
        DtlsSecurity security;
        try {
            security = security(credentials);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<OverlayLink> result = new CompletableFuture<>();
        DatagramDemux demux = new DatagramDemux(settings, null);
        ChannelFuture bound = new Bootstrap().group(group).channel(NioDatagramChannel.class).handler(demux)
                .bind(new InetSocketAddress(remote.getAddress().isLoopbackAddress() ? remote.getAddress() : null, 0));
        bound.addListener(f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(f.cause());
                return;
            }
            Channel channel = bound.channel();
            DatagramQueueTransport transport = new DatagramQueueTransport(channel, remote, settings.datagramSize(),
                    settings.loss());
            demux.register(transport);
            blocking.execute(() -> {
                try {
                    DtlsSecurity.Side<TlsClient> client = security.client(expected, timeoutMillis());
                    DTLSTransport dtls = new DTLSClientProtocol().connect(client.tls(), transport);
                    DtlsLink link = new DtlsLink(transport, dtls, client.remoteNodeIds().get(),
                            opened(handler, result), settings, channel::close);
                    run(link);
                } catch (IOException | RuntimeException e) {
                    transport.close();
                    channel.close();
                    result.completeExceptionally(e);
                }
            });
        });
        return result;
    }

    /** Runs a handshake with a peer that sent a ClientHello to a listening socket. */
    private void accept(DtlsSecurity security, DatagramQueueTransport transport, LinkHandler handler) {
        Optional<HandshakeLimiter.Permit> permit = limiter.tryAcquire(transport.remote().getAddress());
        if (permit.isEmpty()) {
            transport.close();
            return;
        }
        blocking.execute(() -> {
            DtlsLink link;
            try (HandshakeLimiter.Permit p = permit.get()) {
                DtlsSecurity.Side<TlsServer> server = security.server(timeoutMillis());
                DTLSTransport dtls = new DTLSServerProtocol().accept(server.tls(), transport);
                link = new DtlsLink(transport, dtls, server.remoteNodeIds().get(), handler, settings, () -> { });
            } catch (IOException | RuntimeException e) {
                transport.close();
                return;
            }
            run(link);
        });
    }

    private void run(DtlsLink link) {
        links.add(link);
        try {
            link.run();
        } finally {
            links.remove(link);
        }
    }

    /** A handler that completes {@code result} once the link is announced. */
    private static LinkHandler opened(LinkHandler handler, CompletableFuture<OverlayLink> result) {
        return new LinkHandler() {
            @Override
            public void onOpened(OverlayLink link) {
                handler.onOpened(link);
                result.complete(link);
            }

            @Override
            public void onMessage(OverlayLink link, byte[] message) {
                handler.onMessage(link, message);
            }

            @Override
            public void onClosed(OverlayLink link, Throwable cause) {
                handler.onClosed(link, cause);
            }
        };
    }

    private int timeoutMillis() {
        return (int) settings.handshakeTimeout().toMillis();
    }

    private DtlsSecurity security(LinkCredentials credentials) {
        return securities.computeIfAbsent(credentials, c -> DtlsSecurity.of(c, authentication));
    }

    /** The handshakes in progress on listening sockets. */
    public int handshakesInProgress() {
        return limiter.inProgress();
    }

    /** Closes every link and socket and stops the threads. */
    @Override
    public void close() {
        links.forEach(DtlsLink::close);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        blocking.shutdownNow();
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "reload-dtls-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A bound socket. */
    private record SocketListener(Channel channel) implements Listener {
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

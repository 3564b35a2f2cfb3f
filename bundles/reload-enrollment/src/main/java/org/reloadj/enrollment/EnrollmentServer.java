package org.reloadj.enrollment;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reloadj.enrollment.internal.ConfigurationCheck;
import org.reloadj.enrollment.internal.Enroller;
import org.reloadj.enrollment.internal.EnrollmentChannelInitializer;
import org.reloadj.enrollment.internal.EnrollmentHandler;
import org.reloadj.enrollment.internal.MinimalConfiguration;
import org.reloadj.enrollment.internal.NodeIdRegistry;
import org.reloadj.enrollment.internal.ServerTls;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.OverlayCaStore;
import org.reloadj.security.keys.KeyPairs;

/**
 * An overlay's enrollment and configuration server over HTTPS (RFC 6940, 11.2, 11.3), listening
 * until closed.
 *
 * <p>On start it takes the CA from its directory, or creates one there ({@link OverlayCaStore}),
 * issues itself a fresh TLS certificate for the overlay name (11.3: "The server certificate MUST
 * match the overlay name"), and serves
 * <ul>
 * <li>{@code POST} at the enrollment path: the certificate request protocol of 11.3, for the
 * accounts of its {@link UserStore}, with Node-IDs chosen at random and kept per user;</li>
 * <li>{@code GET /.well-known/reload-config}: the configuration document, as
 * {@code application/p2p-overlay+xml} (14.16), the operator's file or a generated minimal one.</li>
 * </ul>
 */
public final class EnrollmentServer implements AutoCloseable {
    private static final long STOP_MS = 3000;
    /** Threads that hash passwords and sign certificates, off the event loop. */
    private static final int BLOCKING_THREADS = 2;

    private final EnrollmentSettings settings;
    private final OverlayCaStore caStore;
    private final OverlayCa ca;
    private final EventLoopGroup acceptor;
    private final EventLoopGroup workers;
    private final ExecutorService blocking;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private volatile Channel channel;
    private volatile byte[] configuration;

    private EnrollmentServer(EnrollmentSettings settings, OverlayCaStore caStore, OverlayCa ca) {
        this.settings = settings;
        this.caStore = caStore;
        this.ca = ca;
        this.acceptor = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        this.workers = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        this.blocking = Executors.newFixedThreadPool(BLOCKING_THREADS, daemonThreads());
    }

    /**
     * Starts a server with {@code settings} authenticating the accounts of {@code users}.
     *
     * @throws IOException when the directory, the CA or the configuration file cannot be read or
     *                     written, or the address cannot be bound
     */
    public static EnrollmentServer start(EnrollmentSettings settings, UserStore users) throws IOException {
        OverlayCaStore caStore = new OverlayCaStore(settings.directory());
        OverlayCa ca = caStore.loadOrCreate(settings.overlay(), settings.keyAlgorithm(), settings.clock());
        byte[] givenConfiguration = null;
        if (settings.configurationFile().isPresent()) {
            Path file = settings.configurationFile().get();
            givenConfiguration = ConfigurationCheck.requireConfigurationOf(settings.overlay(), Files.readAllBytes(file));
        }
        NodeIdRegistry nodeIds = NodeIdRegistry.open(settings.directory(), settings.nodeIdLength(),
                settings.maxNodeIdsPerUser(), new SecureRandom());
        EnrollmentServer server = new EnrollmentServer(settings, caStore, ca);
        try {
            server.bind(new Enroller(ca, users, nodeIds, settings.certificateValidity()));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        server.configuration = givenConfiguration != null ? givenConfiguration
                : MinimalConfiguration.generate(ca.overlay(), settings.nodeIdLength(), List.of(ca.rootCertificate()),
                        server.enrollmentUrl());
        return server;
    }

    private void bind(Enroller enroller) throws IOException {
        KeyPair key = KeyPairs.generate(ca.keyAlgorithm());
        X509Certificate certificate;
        try {
            certificate = ca.issueServerCertificate(key.getPublic(), ca.overlay(), settings.certificateValidity());
        } catch (ReloadSecurityException e) {
            throw new IllegalStateException("the CA refuses a key of its own algorithm", e);
        }
        EnrollmentHandler handler = new EnrollmentHandler(settings.enrollPath(), enroller, () -> configuration, blocking);
        ServerBootstrap bootstrap = new ServerBootstrap().group(acceptor, workers).channel(NioServerSocketChannel.class)
                .childHandler(new EnrollmentChannelInitializer(
                        ServerTls.context(key.getPrivate(), List.of(certificate, ca.rootCertificate())),
                        settings.maxRequestBytes(), handler, connections));
        var future = bootstrap.bind(settings.bind()).awaitUninterruptibly();
        if (!future.isSuccess()) {
            Throwable cause = future.cause();
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new IOException("cannot listen on " + describe(settings.bind()) + ": " + reason, cause);
        }
        channel = future.channel();
    }

    private static String describe(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    /** The address the server listens on, with the port it was given when asked for any. */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** The enrollment URL: {@code https://<overlay>:<port><path>}, for the enrollment-server element. */
    public URI enrollmentUrl() {
        return url(settings.enrollPath());
    }

    /** The configuration URL: {@code https://<overlay>:<port>/.well-known/reload-config} (11.2). */
    public URI configurationUrl() {
        return url(EnrollmentSettings.CONFIGURATION_PATH);
    }

    /** The CA's root certificate, the trust anchor of the overlay and of this server's TLS. */
    public X509Certificate rootCertificate() {
        return ca.rootCertificate();
    }

    /** The file holding the root certificate as PEM. */
    public Path rootCertificateFile() {
        return caStore.rootCertificateFile();
    }

    /** The configuration document served. */
    public byte[] configurationDocument() {
        return configuration.clone();
    }

    private URI url(String path) {
        return URI.create("https://" + ca.overlay() + ":" + localAddress().getPort() + path);
    }

    /** Stops listening, closes every connection and ends the server's threads. */
    @Override
    public void close() {
        if (channel != null) {
            channel.close().awaitUninterruptibly();
        }
        connections.close().awaitUninterruptibly();
        blocking.shutdown();
        try {
            blocking.awaitTermination(STOP_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        acceptor.shutdownGracefully(0, STOP_MS, TimeUnit.MILLISECONDS).awaitUninterruptibly();
        workers.shutdownGracefully(0, STOP_MS, TimeUnit.MILLISECONDS).awaitUninterruptibly();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "reloadj-enrollment-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

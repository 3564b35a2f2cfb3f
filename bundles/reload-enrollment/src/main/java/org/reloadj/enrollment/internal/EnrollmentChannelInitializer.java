package org.reloadj.enrollment.internal;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

/**
 * The pipeline of one connection: TLS, a read timeout against idle or slow clients, HTTP/1.1,
 * bodies aggregated up to a limit (a larger one is answered 413 by the aggregator), and the
 * {@link EnrollmentHandler}.
 */
public final class EnrollmentChannelInitializer extends ChannelInitializer<SocketChannel> {
    private static final int READ_TIMEOUT_SECONDS = 30;

    private final SSLContext tls;
    private final int maxRequestBytes;
    private final EnrollmentHandler handler;
    private final ChannelGroup connections;

    /**
     * A pipeline with {@code tls}, bodies up to {@code maxRequestBytes}, and the shared
     * {@code handler}; each connection joins {@code connections}, so that the server closes them
     * all before it stops its threads.
     */
    public EnrollmentChannelInitializer(SSLContext tls, int maxRequestBytes, EnrollmentHandler handler,
            ChannelGroup connections) {
        this.tls = tls;
        this.maxRequestBytes = maxRequestBytes;
        this.handler = handler;
        this.connections = connections;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        connections.add(ch);
        SSLEngine engine = tls.createSSLEngine();
        engine.setUseClientMode(false);
        engine.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        ChannelPipeline p = ch.pipeline();
        p.addLast("tls", new SslHandler(engine));
        p.addLast("timeout", new ReadTimeoutHandler(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        p.addLast("http", new HttpServerCodec());
        p.addLast("aggregator", new HttpObjectAggregator(maxRequestBytes));
        p.addLast("enrollment", handler);
    }
}

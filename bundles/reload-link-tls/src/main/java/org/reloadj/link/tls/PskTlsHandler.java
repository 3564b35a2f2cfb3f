package org.reloadj.link.tls;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.concurrent.DefaultPromise;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;
import io.netty.util.concurrent.Promise;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.bouncycastle.tls.TlsProtocol;
import org.reloadj.api.NodeId;

/**
 * TLS with a pre-shared key over one TCP channel (RFC 6940, 4.1.1, 6.6.5, 13.4), where
 * {@link io.netty.handler.ssl.SslHandler} would be for certificates: the JDK's SSLEngine has no
 * TLS-PSK, so Bouncy Castle's TLS protocol runs here in its non-blocking mode, fed the bytes the
 * channel reads and drained of the records it produces. The handlers above it see what they see
 * above an SslHandler: plaintext buffers, and an {@link SslHandshakeCompletionEvent} when the
 * handshake succeeds or fails. Runs on the channel's event loop.
 */
final class PskTlsHandler extends ChannelDuplexHandler {
    /** Begins the handshake of a protocol in non-blocking mode (connect or accept). */
    @FunctionalInterface
    interface Start {
        void start(TlsProtocol protocol) throws IOException;
    }

    private final Start start;
    private final TlsProtocol protocol;
    private final Supplier<NodeId> peerNodeId;
    private final Duration handshakeTimeout;
    private final Promise<Channel> handshake = new DefaultPromise<>(ImmediateEventExecutor.INSTANCE);
    private boolean started;
    private ScheduledFuture<?> timeout;

    PskTlsHandler(Start start, TlsProtocol protocol, Supplier<NodeId> peerNodeId, Duration handshakeTimeout) {
        this.start = start;
        this.protocol = protocol;
        this.peerNodeId = peerNodeId;
        this.handshakeTimeout = handshakeTimeout;
    }

    /** Succeeds when the handshake is done, fails when it is not. */
    Future<Channel> handshakeFuture() {
        return handshake;
    }

    /** The Node-ID the peer named in the handshake. */
    NodeId peerNodeId() {
        return peerNodeId.get();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            begin(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        begin(ctx);
        ctx.fireChannelActive();
    }

    private void begin(ChannelHandlerContext ctx) {
        if (started) {
            return;
        }
        started = true;
        timeout = ctx.executor().schedule(() -> fail(ctx, new SSLHandshakeException("no TLS-PSK handshake within "
                + handshakeTimeout.toMillis() + " ms")), handshakeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            start.start(protocol);
        } catch (IOException e) {
            fail(ctx, e);
            return;
        }
        writeOutput(ctx, ctx.newPromise());
        ctx.flush();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf in)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            if (handshake.isDone() && !handshake.isSuccess()) {
                return;
            }
            protocol.offerInput(ByteBufUtil.getBytes(in));
        } catch (IOException | RuntimeException e) {
            fail(ctx, e);
            return;
        } finally {
            in.release();
        }
        writeOutput(ctx, ctx.newPromise());
        ctx.flush();
        if (!handshake.isDone() && protocol.isConnected()) {
            timeout.cancel(false);
            handshake.trySuccess(ctx.channel());
            ctx.fireUserEventTriggered(SslHandshakeCompletionEvent.SUCCESS);
        }
        int available = protocol.getAvailableInputBytes();
        if (available > 0) {
            byte[] plain = new byte[available];
            protocol.readInput(plain, 0, available);
            ctx.fireChannelRead(Unpooled.wrappedBuffer(plain));
        }
        if (protocol.isClosed()) {
            ctx.close();
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!(msg instanceof ByteBuf out)) {
            ctx.write(msg, promise);
            return;
        }
        try {
            if (!protocol.isConnected()) {
                throw new SSLException("no data before the TLS-PSK handshake is done, or after the link closed");
            }
            byte[] plain = ByteBufUtil.getBytes(out);
            protocol.writeApplicationData(plain, 0, plain.length);
        } catch (IOException e) {
            promise.setFailure(e);
            return;
        } finally {
            out.release();
        }
        writeOutput(ctx, promise);
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (protocol.isConnected()) {
            try {
                protocol.close();
                writeOutput(ctx, ctx.newPromise());
                ctx.flush();
            } catch (IOException e) {
                // the close_notify is a courtesy; the TCP close ends the link anyway
            }
        }
        ctx.close(promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (timeout != null) {
            timeout.cancel(false);
        }
        if (!handshake.isDone()) {
            ClosedChannelException closed = new ClosedChannelException();
            handshake.tryFailure(closed);
            ctx.fireUserEventTriggered(new SslHandshakeCompletionEvent(closed));
        }
        ctx.fireChannelInactive();
    }

    /** Writes the records the protocol produced (handshake messages, alerts, data) with {@code promise}. */
    private void writeOutput(ChannelHandlerContext ctx, ChannelPromise promise) {
        int n = protocol.getAvailableOutputBytes();
        if (n == 0) {
            promise.trySuccess();
            return;
        }
        byte[] records = new byte[n];
        protocol.readOutput(records, 0, n);
        ctx.write(Unpooled.wrappedBuffer(records), promise);
    }

    /** Sends what alert the protocol raised, reports the failed handshake (if it was one), closes. */
    private void fail(ChannelHandlerContext ctx, Throwable cause) {
        writeOutput(ctx, ctx.newPromise());
        ctx.flush();
        if (!handshake.isDone()) {
            if (timeout != null) {
                timeout.cancel(false);
            }
            handshake.tryFailure(cause);
            ctx.fireUserEventTriggered(new SslHandshakeCompletionEvent(cause));
        } else {
            ctx.fireExceptionCaught(cause);
        }
        ctx.close();
    }
}

package org.reloadj.link.tls;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.wire.framing.FramedMessage;
import org.reloadj.wire.framing.ReceivedWindow;
import org.reloadj.wire.framing.RtoEstimator;
import org.reloadj.wire.framing.SentFrames;

/**
 * The link on top of a TLS channel (RFC 6940, 6.5.1.11, 6.6.2, 6.6.5). Once the TLS handshake
 * completes it authenticates the peer through the {@link LinkSecurity} (a node certificate, or in a
 * shared-secret overlay the Node-ID named in the TLS-PSK handshake; the expected Node-ID, when the
 * link was opened for an Attach) and only then announces the link; a peer that
 * fails is closed unannounced. It numbers outgoing data frames from 0, acks every data frame at
 * once (flushed within the loop's turn, see {@link #channelReadComplete}) with the bitmask of the
 * last 32 received, and measures the RTT from acks into an RTO (RFC 6298). The RTO is not used to
 * retransmit (TCP does that) but to notice failure: a frame unacknowledged for the link timeout
 * closes the link. After a quiet keep-alive interval it sends
 * an empty data frame, which a ReloadJ peer acks and does not deliver.
 *
 * <p>Runs on the channel's event loop; the {@link LinkHandler} is called there.
 */
final class LinkChannelHandler extends ChannelDuplexHandler {
    private static final int REMEMBERED_FRAMES = 128;

    private final LinkSecurity security;
    private final Optional<NodeId> expected;
    private final LinkHandler handler;
    private final CompletableFuture<OverlayLink> opened;
    private final TlsLinkSettings settings;
    private final ReceivedWindow received = new ReceivedWindow();
    private final SentFrames sent = new SentFrames(REMEMBERED_FRAMES);
    private final RtoEstimator rto;
    private TlsLink link;
    private long nextSequence;
    private boolean ackPending;
    private Throwable failure;
    private volatile Duration smoothedRtt;

    LinkChannelHandler(LinkSecurity security, Optional<NodeId> expected, LinkHandler handler,
            CompletableFuture<OverlayLink> opened, TlsLinkSettings settings) {
        this.security = security;
        this.expected = expected;
        this.handler = handler;
        this.opened = opened;
        this.settings = settings;
        this.rto = new RtoEstimator(settings.initialRto(), Duration.ofMillis(1), settings.linkTimeout());
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof SslHandshakeCompletionEvent done) {
            if (done.isSuccess()) {
                authenticate(ctx);
            } else {
                fail(ctx, done.cause());
            }
        } else if (event instanceof IdleStateEvent) {
            keepAlive(ctx);
        }
        super.userEventTriggered(ctx, event);
    }

    private void authenticate(ChannelHandlerContext ctx) {
        try {
            link = new TlsLink(ctx.channel(), security.authenticate(ctx.pipeline(), expected), settings);
        } catch (SSLPeerUnverifiedException e) {
            SSLPeerUnverifiedException refused = new SSLPeerUnverifiedException(
                    "peer " + ctx.channel().remoteAddress() + " refused: " + e.getMessage());
            refused.initCause(e);
            fail(ctx, refused);
            return;
        }
        handler.onOpened(link);
        opened.complete(link);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (link == null) {
            return;
        }
        if (msg instanceof FramedMessage.Data data) {
            ctx.write(received.receive(data.sequence()));
            ackPending = true;
            if (!data.message().isEmpty()) {
                handler.onMessage(link, data.message().toByteArray());
            }
        } else if (msg instanceof FramedMessage.Ack ack) {
            OptionalLong rtt = sent.acknowledge(ack, System.nanoTime());
            if (rtt.isPresent()) {
                rto.sample(Duration.ofNanos(rtt.getAsLong()));
                smoothedRtt = rto.smoothedRtt().orElse(null);
            }
        }
    }

    /**
     * Sends the acks of the frames just read once the tasks they queued on this event loop ran: a
     * node that answers on this link at once (the destination of a request, in symmetric recursive
     * routing) sends its answer and the ack in one TLS record write, one system call where there
     * were two. The ack still leaves within the same turn of the loop (6.6.2: "SHOULD immediately").
     */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        if (ackPending) {
            ctx.executor().execute(() -> {
                if (ackPending) {
                    ctx.flush();
                }
            });
        }
        super.channelReadComplete(ctx);
    }

    @Override
    public void flush(ChannelHandlerContext ctx) throws Exception {
        ackPending = false;
        super.flush(ctx);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof TlsLink.Outbound out) {
            if (checkAlive(ctx)) {
                ctx.write(data(Opaque.of(out.message())), promise);
            } else {
                promise.setFailure(failure);
            }
            return;
        }
        super.write(ctx, msg, promise);
    }

    private FramedMessage.Data data(Opaque message) {
        long sequence = nextSequence;
        nextSequence = (nextSequence + 1) & 0xFFFF_FFFFL;
        sent.sent(sequence, System.nanoTime());
        return new FramedMessage.Data(sequence, message);
    }

    private void keepAlive(ChannelHandlerContext ctx) {
        if (link != null && checkAlive(ctx)) {
            ctx.writeAndFlush(data(Opaque.EMPTY));
        }
    }

    /** False, and the link closed, when a frame has waited for its ack longer than the link timeout. */
    private boolean checkAlive(ChannelHandlerContext ctx) {
        OptionalLong oldest = sent.oldestUnacknowledged();
        if (oldest.isPresent() && System.nanoTime() - oldest.getAsLong() > settings.linkTimeout().toNanos()) {
            fail(ctx, new IOException("no ack from " + ctx.channel().remoteAddress() + " for "
                    + settings.linkTimeout().toMillis() + " ms (RTO " + rto.rto().toMillis() + " ms): the link failed"));
            return false;
        }
        return true;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, cause);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (link != null) {
            handler.onClosed(link, failure);
        } else {
            opened.completeExceptionally(failure != null ? failure : new ClosedChannelException());
        }
        super.channelInactive(ctx);
    }

    private void fail(ChannelHandlerContext ctx, Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
        ctx.close();
    }

    /** The smoothed RTT measured from acks so far, for monitoring; any thread. */
    Optional<Duration> smoothedRtt() {
        return Optional.ofNullable(smoothedRtt);
    }
}

package org.reloadj.link.dtls;

import io.netty.channel.EventLoop;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.tls.DTLSTransport;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.wire.framing.FramedMessage;
import org.reloadj.wire.framing.ReceivedWindow;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * One authenticated DTLS link (RFC 6940, 6.6.3, 6.6.4, 6.6.6): each datagram carries one framed
 * message in one DTLS record. The receiving side acks every data frame at once with the bitmask of
 * the last 32 received and delivers its message; the sending side is {@link SimpleReliability},
 * on the channel's event loop. The record layer is read by one blocking thread of the provider,
 * the one that ran the handshake. A datagram that is not one whole frame is dropped.
 */
final class DtlsLink implements OverlayLink {
    private static final int FRAME_HEADER = 8;
    private static final int READ_WAIT_MILLIS = 1000;

    private final DatagramQueueTransport transport;
    private final DTLSTransport dtls;
    private final Set<NodeId> remoteNodeIds;
    private final LinkHandler handler;
    private final EventLoop loop;
    private final SimpleReliability reliability;
    private final ReceivedWindow received = new ReceivedWindow();
    private final int maxMessageSize;
    private final Runnable onShutdown;
    private final AtomicBoolean closed = new AtomicBoolean();

    DtlsLink(DatagramQueueTransport transport, DTLSTransport dtls, Set<NodeId> remoteNodeIds, LinkHandler handler,
            DtlsLinkSettings settings, Runnable onShutdown) throws IOException {
        this.transport = transport;
        this.dtls = dtls;
        this.remoteNodeIds = Set.copyOf(remoteNodeIds);
        this.handler = handler;
        this.loop = transport.channel().eventLoop();
        this.onShutdown = onShutdown;
        this.maxMessageSize = dtls.getSendLimit() - FRAME_HEADER;
        this.reliability = new SimpleReliability(loop, this::sendFrame, this::shutdown, System::nanoTime, settings);
    }

    /** Announces the link, then reads its records until it closes; runs on the handshake's thread. */
    void run() {
        transport.onClose(() -> shutdown(null));
        handler.onOpened(this);
        byte[] buf;
        try {
            buf = new byte[dtls.getReceiveLimit()];
        } catch (IOException e) {
            shutdown(e);
            return;
        }
        while (!closed.get()) {
            try {
                int n = dtls.receive(buf, 0, buf.length, READ_WAIT_MILLIS);
                if (n >= 0) {
                    onDatagram(Arrays.copyOf(buf, n));
                }
            } catch (IOException e) {
                shutdown(closed.get() ? null : e);
            }
        }
    }

    private void onDatagram(byte[] datagram) throws IOException {
        FramedMessage frame;
        try {
            WireReader r = WireReader.of(datagram);
            frame = FramedMessage.decode(r);
            r.assertFinished("a framed message");
        } catch (WireException e) {
            return;
        }
        if (frame instanceof FramedMessage.Data data) {
            sendFrame(received.receive(data.sequence()));
            if (!data.message().isEmpty()) {
                handler.onMessage(this, data.message().toByteArray());
            }
        } else if (frame instanceof FramedMessage.Ack ack) {
            execute(() -> reliability.onAck(ack));
        }
    }

    private void sendFrame(FramedMessage frame) throws IOException {
        byte[] bytes = WireWriter.encode(frame::encode).toByteArray();
        dtls.send(bytes, 0, bytes.length);
    }

    @Override
    public Set<NodeId> remoteNodeIds() {
        return remoteNodeIds;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return transport.remote();
    }

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) transport.channel().localAddress();
    }

    @Override
    public int maxMessageSize() {
        return maxMessageSize;
    }

    @Override
    public void send(byte[] message) {
        if (message.length > maxMessageSize) {
            throw new IllegalArgumentException("a message of " + message.length + " bytes exceeds this link's "
                    + maxMessageSize + "; fragment it (RFC 6940, 6.7)");
        }
        execute(() -> reliability.send(message));
    }

    @Override
    public void close() {
        shutdown(null);
    }

    /** The current RTO of the sender (for tests and monitoring); on the event loop. */
    SimpleReliability reliability() {
        return reliability;
    }

    private void shutdown(Throwable cause) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        execute(reliability::stop);
        try {
            dtls.close();
        } catch (IOException | RuntimeException e) {
            // the peer learns of the end by the missing acks instead of close_notify
        }
        transport.close();
        onShutdown.run();
        handler.onClosed(this, cause);
    }

    private void execute(Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            // the provider is closing: nothing more to send
        }
    }

    @Override
    public String toString() {
        return "DTLS link to " + remoteNodeIds + " at " + transport.remote();
    }
}

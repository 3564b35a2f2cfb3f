package org.reloadj.link.dtls;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramPacket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.tls.DatagramTransport;

/**
 * Bouncy Castle's view of one peer on a Netty UDP channel: datagrams from the peer are queued by
 * the channel's demultiplexer (a bounded queue; a full one drops, as a network would) and taken
 * by the blocking DTLS record layer; datagrams to the peer are written to the channel, unless the
 * configured {@link DatagramLoss} drops them.
 */
final class DatagramQueueTransport implements DatagramTransport {
    private static final byte[] CLOSED = new byte[0];
    private static final int QUEUE = 512;

    private final Channel channel;
    private final InetSocketAddress remote;
    private final int datagramSize;
    private final DatagramLoss loss;
    private final BlockingQueue<byte[]> inbound = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<Runnable> onClose = new CopyOnWriteArrayList<>();

    DatagramQueueTransport(Channel channel, InetSocketAddress remote, int datagramSize, DatagramLoss loss) {
        this.channel = channel;
        this.remote = remote;
        this.datagramSize = datagramSize;
        this.loss = loss;
    }

    /** Runs {@code action} once when the transport closes (by DTLS, the link or the channel). */
    void onClose(Runnable action) {
        onClose.add(action);
        if (closed.get() && onClose.remove(action)) {
            action.run();
        }
    }

    /** A datagram from the peer arrived. */
    void offer(byte[] datagram) {
        if (!closed.get()) {
            inbound.offer(datagram);
        }
    }

    InetSocketAddress remote() {
        return remote;
    }

    Channel channel() {
        return channel;
    }

    @Override
    public int getReceiveLimit() {
        return datagramSize;
    }

    @Override
    public int getSendLimit() {
        return datagramSize;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        byte[] datagram;
        try {
            datagram = waitMillis <= 0 ? inbound.take() : inbound.poll(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for a datagram");
        }
        if (datagram == CLOSED || closed.get()) {
            inbound.offer(CLOSED);
            throw new IOException("the link to " + remote + " is closed");
        }
        if (datagram == null) {
            return -1;
        }
        int n = Math.min(len, datagram.length);
        System.arraycopy(datagram, 0, buf, off, n);
        return n;
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (closed.get()) {
            throw new IOException("the link to " + remote + " is closed");
        }
        if (len > datagramSize) {
            throw new IOException("a datagram of " + len + " bytes exceeds " + datagramSize);
        }
        if (!loss.drops()) {
            channel.writeAndFlush(new DatagramPacket(Unpooled.copiedBuffer(buf, off, len), remote));
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            inbound.clear();
            inbound.offer(CLOSED);
            onClose.forEach(Runnable::run);
            onClose.clear();
        }
    }
}

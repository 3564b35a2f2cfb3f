package org.reloadj.link.tls;

import io.netty.channel.Channel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.OverlayLink;

/**
 * One authenticated TLS link (RFC 6940, 6.6.5). Sending is thread-safe: a message is counted
 * against the link's outbound bound and handed to the channel, whose {@link LinkChannelHandler}
 * frames it; a link whose peer lets more than the bound pile up is closed, since a neighbour that
 * cannot keep up is as good as failed and end-to-end retransmission recovers its messages.
 */
final class TlsLink implements OverlayLink {
    private final Channel channel;
    private final Set<NodeId> remoteNodeIds;
    private final int maxMessageSize;
    private final long maxQueuedBytes;
    private final AtomicLong queued = new AtomicLong();

    TlsLink(Channel channel, Set<NodeId> remoteNodeIds, TlsLinkSettings settings) {
        this.channel = channel;
        this.remoteNodeIds = Set.copyOf(remoteNodeIds);
        this.maxMessageSize = settings.maxMessageSize();
        this.maxQueuedBytes = settings.maxQueuedBytes();
    }

    @Override
    public Set<NodeId> remoteNodeIds() {
        return remoteNodeIds;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) channel.remoteAddress();
    }

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
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
        long length = message.length;
        if (queued.addAndGet(length) > maxQueuedBytes) {
            queued.addAndGet(-length);
            channel.pipeline().fireExceptionCaught(new IOException("more than " + maxQueuedBytes
                    + " bytes queued for " + remoteAddress() + ": the peer does not keep up"));
            return;
        }
        channel.writeAndFlush(new Outbound(message)).addListener(f -> queued.addAndGet(-length));
    }

    @Override
    public void close() {
        channel.close();
    }

    /** The bytes waiting to be written. */
    long queuedBytes() {
        return queued.get();
    }

    /** The round-trip time measured from the acks of this link's frames (RFC 6940, 6.6.5), once known. */
    Optional<Duration> smoothedRtt() {
        LinkChannelHandler h = channel.pipeline().get(LinkChannelHandler.class);
        return h == null ? Optional.empty() : h.smoothedRtt();
    }

    @Override
    public String toString() {
        return "TLS link to " + remoteNodeIds + " at " + channel.remoteAddress();
    }

    /** A message on its way to the framing handler. */
    record Outbound(byte[] message) {
    }
}

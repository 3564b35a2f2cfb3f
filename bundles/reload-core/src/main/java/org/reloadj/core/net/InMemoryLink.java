package org.reloadj.core.net;

import java.net.InetSocketAddress;
import java.util.Set;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;

/**
 * One end of a link of the {@link InMemoryNetwork}: what is sent here arrives at the other end
 * after the network's latency, unless the network loses it.
 */
final class InMemoryLink implements OverlayLink {
    private final InMemoryNetwork network;
    private final NodeId localId;
    private final NodeId remoteId;
    private final InetSocketAddress remoteAddress;
    private final LinkHandler handler;
    private InMemoryLink peer;
    private boolean closed;

    InMemoryLink(InMemoryNetwork network, NodeId localId, NodeId remoteId, InetSocketAddress remoteAddress,
            LinkHandler handler) {
        this.network = network;
        this.localId = localId;
        this.remoteId = remoteId;
        this.remoteAddress = remoteAddress;
        this.handler = handler;
    }

    /** Joins two ends. */
    static void pair(InMemoryLink a, InMemoryLink b) {
        a.peer = b;
        b.peer = a;
    }

    @Override
    public Set<NodeId> remoteNodeIds() {
        return Set.of(remoteId);
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remoteAddress;
    }

    @Override
    public int maxMessageSize() {
        return network.maxMessageSize();
    }

    @Override
    public void send(byte[] message) {
        network.carry(this, message);
    }

    @Override
    public void close() {
        network.close(this);
    }

    NodeId localId() {
        return localId;
    }

    NodeId remoteId() {
        return remoteId;
    }

    InMemoryLink peer() {
        return peer;
    }

    LinkHandler handler() {
        return handler;
    }

    boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    @Override
    public String toString() {
        return localId + "->" + remoteId;
    }
}

package org.reloadj.api.link;

import java.net.InetSocketAddress;
import org.osgi.annotation.versioning.ProviderType;
import org.reloadj.api.NodeId;

/**
 * One authenticated link to a neighbour (RFC 6940, 6.6): it carries whole encoded RELOAD
 * messages, frames them (6.6.2) and, on unreliable transports, retransmits them (6.6.3).
 */
@ProviderType
public interface OverlayLink {
    /** The Node-IDs the remote node's certificate holds (authenticated by the handshake). */
    java.util.Set<NodeId> remoteNodeIds();

    /** The remote address. */
    InetSocketAddress remoteAddress();

    /**
     * The local address of the link, for traces; the wildcard address with port 0 when the
     * provider does not know it.
     */
    default InetSocketAddress localAddress() {
        return new InetSocketAddress(0);
    }

    /** The largest message this link carries without fragmentation (6.7), in bytes. */
    int maxMessageSize();

    /** Queues one encoded RELOAD message; the link owns the array afterwards. */
    void send(byte[] message);

    /** Closes the link; the handler's {@link LinkHandler#onClosed} follows. */
    void close();
}

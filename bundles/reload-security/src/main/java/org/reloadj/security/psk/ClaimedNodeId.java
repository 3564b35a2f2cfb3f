package org.reloadj.security.psk;

import org.reloadj.api.NodeId;

/** The Node-ID a peer named by its PSK identity during a handshake (RFC 6940, 4.1.1). */
final class ClaimedNodeId {
    private final String peer;
    private volatile NodeId claimed;

    /** {@code peer}: who claims it, for the error message ("the server", "the client"). */
    ClaimedNodeId(String peer) {
        this.peer = peer;
    }

    void set(NodeId nodeId) {
        claimed = nodeId;
    }

    NodeId get() {
        NodeId id = claimed;
        if (id == null) {
            throw new IllegalStateException(peer + " named no Node-ID");
        }
        return id;
    }
}

package org.reloadj.api.node;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;

/**
 * What a node is doing, at one moment.
 *
 * @param overlayName     the overlay's instance-name (RFC 6940, 11.1)
 * @param nodeId          the node's Node-ID
 * @param userName        the user name of the node's certificate
 * @param client          whether the node runs as a client (4.2): it neither routes nor stores
 * @param joined          whether the node is part of the overlay (6.4.2.1)
 * @param address         the address it accepts links on, if it listens
 * @param topology        the topology plug-in's algorithm name, or empty while none is bound
 * @param linkType        the overlay link type of its links (14.10)
 * @param connectedPeers  the number of nodes it has links to
 * @param storedResources the number of Resource-IDs it stores values of (0 for a client)
 */
public record NodeStatus(String overlayName, NodeId nodeId, String userName, boolean client, boolean joined,
        Optional<InetSocketAddress> address, Optional<String> topology, String linkType, int connectedPeers,
        int storedResources) {
    /** Checks the parts are given. */
    public NodeStatus {
        Objects.requireNonNull(overlayName, "overlayName");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(linkType, "linkType");
    }
}

package org.reloadj.core.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;
import org.reloadj.api.topology.Topology;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;

/**
 * Examines the destination list of a message (RFC 6940, 6.1) and says what to do with it: deliver
 * it here, forward it to connected peers, or drop it. Decides only; the {@link Forwarder} acts.
 *
 * <ul>
 * <li>This node's Node-ID first: popped; the next entry is examined (6.1.1), and when it was the
 * last, the message is for this node.</li>
 * <li>The wildcard Node-ID: for this node, never forwarded (6.1.1).</li>
 * <li>A Resource-ID this node is responsible for: for this node when it is the last entry,
 * silently dropped otherwise (6.1.1).</li>
 * <li>Another Node-ID: straight down the link when directly connected (6.1.2); dropped when this
 * node is responsible for it yet not connected to it (6.1.1); otherwise towards the topology's
 * next hops.</li>
 * <li>A compressed id this node made: replaced by the Node-ID of the connection it names and
 * examined again (6.1.3); dropped when its generation is stale (6.3.2.2).</li>
 * </ul>
 * A client is never responsible (4.2); where its topology names no connected hop, it sends
 * through its admitting peer (4.2.1).
 */
final class Router {
    private final NodeId self;
    private final NodeId wildcard;
    private final boolean client;
    private final Optional<NodeId> admittingPeer;
    private final Topology topology;
    private final ConnectionTable connections;

    Router(NodeSettings settings, Topology topology, ConnectionTable connections) {
        this.self = settings.nodeId();
        this.wildcard = settings.wildcardNodeId();
        this.client = settings.client();
        this.admittingPeer = settings.admittingPeer();
        this.topology = topology;
        this.connections = connections;
    }

    /** What to do with a message with this header. */
    Route route(ForwardingHeader header) {
        List<Destination> rest = new ArrayList<>(header.destinationList());
        while (true) {
            Destination first = rest.get(0);
            boolean last = rest.size() == 1;
            if (first instanceof Destination.Node n) {
                NodeId id = n.nodeId();
                if (id.equals(self) && !last) {
                    rest.remove(0);
                    continue;
                }
                if (id.equals(self) || id.equals(wildcard)) {
                    return new Route.Deliver(header.withLists(header.viaList(), rest));
                }
                return towardsNode(header, rest, id);
            }
            if (first instanceof Destination.Resource r) {
                if (isResponsible(r.resourceId())) {
                    return last ? new Route.Deliver(header.withLists(header.viaList(), rest))
                            : new Route.Drop(DropReason.RESOURCE_NOT_LAST, "Resource-ID " + r.resourceId());
                }
                return towards(header, rest, r.resourceId());
            }
            OptionalInt compressed = ConnectionTable.compressedValue(first);
            if (compressed.isEmpty()) {
                return new Route.Drop(DropReason.UNREADABLE_DESTINATION, "first destination " + first);
            }
            Optional<ConnectionTable.Entry> entry = connections.resolve(compressed.getAsInt());
            if (entry.isEmpty()) {
                return new Route.Drop(DropReason.STALE_COMPRESSED_ID,
                        String.format("compressed id 0x%04x", compressed.getAsInt()));
            }
            rest.set(0, Destination.node(entry.get().nodeId()));
        }
    }

    private Route towardsNode(ForwardingHeader header, List<Destination> rest, NodeId id) {
        Optional<ConnectionTable.Entry> direct = connections.entry(id);
        if (direct.isPresent()) {
            return new Route.Forward(header.withLists(header.viaList(), rest), List.of(direct.get()));
        }
        if (isResponsible(ResourceId.of(id.bytes()))) {
            return new Route.Drop(DropReason.NO_SUCH_NODE, "Node-ID " + id + " is in this peer's range, not connected");
        }
        return towards(header, rest, id);
    }

    private Route towards(ForwardingHeader header, List<Destination> rest, Identifier<?> target) {
        List<ConnectionTable.Entry> hops = new ArrayList<>();
        for (NodeId hop : topology.nextHops(target)) {
            connections.entry(hop).ifPresent(hops::add);
        }
        if (hops.isEmpty() && client) {
            throughAdmittingPeer().ifPresent(hops::add);
        }
        if (hops.isEmpty()) {
            return new Route.Drop(DropReason.NO_ROUTE, "no connected peer towards " + target);
        }
        return new Route.Forward(header.withLists(header.viaList(), rest), hops);
    }

    /**
     * The link a client sends through when its topology names no connected hop (4.2.1: a client
     * connected to an arbitrary peer relies on it): its admitting peer, or else any peer it is
     * linked to.
     */
    private Optional<ConnectionTable.Entry> throughAdmittingPeer() {
        Optional<ConnectionTable.Entry> admitting = admittingPeer.flatMap(connections::entry);
        if (admitting.isPresent()) {
            return admitting;
        }
        return connections.nodes().stream().findFirst().flatMap(connections::entry);
    }

    private boolean isResponsible(ResourceId id) {
        return !client && topology.isResponsible(id);
    }

    /** A routing decision. */
    sealed interface Route {
        /** The message is for this node; {@code header} has this node's leading entries removed. */
        record Deliver(ForwardingHeader header) implements Route {
        }

        /** Send the message, with {@code header}, to each of {@code hops}. */
        record Forward(ForwardingHeader header, List<ConnectionTable.Entry> hops) implements Route {
        }

        /** Drop the message silently. */
        record Drop(DropReason reason, String detail) implements Route {
        }
    }
}

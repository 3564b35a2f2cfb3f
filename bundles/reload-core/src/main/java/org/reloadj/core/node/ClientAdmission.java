package org.reloadj.core.node;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.topology.Topology;

/**
 * Whether a peer serves the clients connected to it (RFC 6940, 4.2 and the clients-permitted
 * element of 11.1). "From the perspective of a peer, a client is a node that has connected to the
 * overlay, but that has not yet taken steps to insert itself into the overlay topology": a
 * neighbour the topology does not count as a peer ({@link Topology#isPeer}). When the
 * configuration does not permit clients, a request such a neighbour originated (it arrives over
 * its link with an empty via list) is refused with Error_Forbidden, unless it is one a joining
 * node needs to insert itself into the overlay: Attach, Join, Update, Leave, RouteQuery, Probe,
 * Ping and ConfigUpdate. So a node may join, but may not use the overlay's storage or
 * applications while it stays a client. The RFC notes that "there is currently no way for the
 * overlay to enforce this": the rule relies on the topology's view of who is a peer.
 */
final class ClientAdmission {
    private static final Set<Integer> JOINING = Set.of(MessageCode.ATTACH_REQ.code(), MessageCode.JOIN_REQ.code(),
            MessageCode.UPDATE_REQ.code(), MessageCode.LEAVE_REQ.code(), MessageCode.ROUTE_QUERY_REQ.code(),
            MessageCode.PROBE_REQ.code(), MessageCode.PING_REQ.code(), MessageCode.CONFIG_UPDATE_REQ.code());

    private final boolean clientsPermitted;
    private final Topology topology;

    ClientAdmission(NodeSettings settings, Topology topology) {
        this.clientsPermitted = settings.clientsPermitted() || settings.client();
        this.topology = topology;
    }

    /** Why a request received from the neighbour {@code from} is refused, if it is. */
    Optional<String> refusal(Envelope envelope, ConnectionTable.Entry from) {
        if (clientsPermitted || !envelope.header().viaList().isEmpty()) {
            return Optional.empty();
        }
        OptionalInt code = envelope.messageCode();
        if (code.isEmpty() || !MessageCode.isRequestCode(code.getAsInt()) || JOINING.contains(code.getAsInt())
                || topology.isPeer(from.nodeId())) {
            return Optional.empty();
        }
        return Optional.of("clients are not permitted in this overlay, and " + from.nodeId() + " is not a peer");
    }
}

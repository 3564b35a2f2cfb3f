package org.reloadj.core.sim;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.topology.Topology;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.api.topology.TopologyPlugin;

/**
 * A fixed ring for tests and simulation, until CHORD-RELOAD lands: every node knows the sorted
 * Node-IDs of all nodes. As in Chord (RFC 6940, 10.3), the peer responsible for an id is its
 * successor on the ring; the next hop towards an id is the responsible peer when connected,
 * otherwise the connected member that comes closest before the id (so a ring of nodes linked only
 * to their neighbours routes hop by hop); connected nodes that are not members are never a way on. Resource names hash with SHA-1 cut to the Node-ID length
 * (as 10.2). It keeps no state of its own beyond what it was told: Join, Leave, Update and
 * RouteQuery are recorded and answered with nothing; an Attach with send_update is answered with
 * an empty Update once linked (6.4.2.3). A test changes the membership with
 * {@link #addMember} and {@link #removeMember}, which tell the node that responsibility changed.
 *
 * <p>It judges what the node asks the topology exactly: the responder to a request for a
 * Resource-ID must be the member responsible for it (6.3.4); replicas may come from the responsible
 * member or a member of the replica set, the two successors of the responsible member (7.4.1.1,
 * 10.4); members are peers, other nodes clients (4.2).
 */
public final class StaticRingTopology implements Topology {
    /** The algorithm name of the plug-in. */
    public static final String ALGORITHM = "STATIC-RING-TEST";

    private final TopologyContext context;
    private List<NodeId> ring;
    private final NodeId self;
    private final BigInteger modulus;
    private final List<Received> received = new ArrayList<>();

    /** The topology of {@code context}'s node on a ring of {@code members} (this node among them). */
    public StaticRingTopology(TopologyContext context, List<NodeId> members) {
        this.context = Objects.requireNonNull(context, "context");
        this.ring = members.stream().sorted().distinct().toList();
        this.self = context.localNodeId();
        this.modulus = BigInteger.ONE.shiftLeft(8 * context.nodeIdLength());
    }

    /** A plug-in whose nodes form a ring of {@code members}. */
    public static TopologyPlugin plugin(List<NodeId> members) {
        List<NodeId> copy = List.copyOf(members);
        return new TopologyPlugin() {
            @Override
            public String algorithm() {
                return ALGORITHM;
            }

            @Override
            public Topology create(TopologyContext context) {
                return new StaticRingTopology(context, copy);
            }
        };
    }

    /** Makes {@code member} part of the ring and tells the node that responsibility changed. */
    public void addMember(NodeId member) {
        List<NodeId> more = new ArrayList<>(ring);
        more.add(member);
        ring = more.stream().sorted().distinct().toList();
        context.responsibilityChanged();
    }

    /** Takes {@code member} out of the ring and tells the node that responsibility changed. */
    public void removeMember(NodeId member) {
        ring = ring.stream().filter(m -> !m.equals(member)).toList();
        context.responsibilityChanged();
    }

    /** The members, in ring order. */
    public List<NodeId> members() {
        return ring;
    }

    /** The node's services this topology was created with. */
    public TopologyContext context() {
        return context;
    }

    /** The overlay-management requests received, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public ResourceId resourceId(Opaque resourceName) {
        return sha1(resourceName, context.nodeIdLength());
    }

    /** The Resource-ID of {@code resourceName} on a ring of {@code length}-byte ids: SHA-1, cut (as 10.2). */
    public static ResourceId sha1(Opaque resourceName, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(resourceName.toByteArray());
            return ResourceId.of(Arrays.copyOf(digest, length));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
    }

    /** The member responsible for {@code id}: the first at or after it, around the ring. */
    public NodeId responsibleFor(Identifier<?> id) {
        BigInteger key = position(id);
        for (NodeId n : ring) {
            if (position(n).compareTo(key) >= 0) {
                return n;
            }
        }
        return ring.get(0);
    }

    @Override
    public boolean isResponsible(ResourceId id) {
        return responsibleFor(id).equals(self);
    }

    @Override
    public List<NodeId> nextHops(Identifier<?> target) {
        NodeId responsible = responsibleFor(target);
        var connected = context.connectedPeers();
        if (connected.contains(responsible)) {
            return List.of(responsible);
        }
        BigInteger toTarget = distance(self, target);
        NodeId best = null;
        BigInteger bestDistance = BigInteger.ZERO;
        for (NodeId peer : connected) {
            if (!ring.contains(peer)) {
                continue; // a client or a stranger: not a route to others
            }
            BigInteger d = distance(self, peer);
            if (d.compareTo(toTarget) < 0 && d.compareTo(bestDistance) > 0) {
                best = peer;
                bestDistance = d;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    @Override
    public List<NodeId> replicaSet(ResourceId id) {
        int at = ring.indexOf(responsibleFor(id));
        List<NodeId> replicas = new ArrayList<>();
        for (int i = 1; i <= 2 && i < ring.size(); i++) {
            replicas.add(ring.get((at + i) % ring.size()));
        }
        return replicas;
    }

    @Override
    public long responsiblePartsPerBillion() {
        int at = ring.indexOf(self);
        NodeId predecessor = ring.get((at + ring.size() - 1) % ring.size());
        BigInteger span = ring.size() == 1 ? modulus : distance(predecessor, self);
        return span.multiply(BigInteger.valueOf(1_000_000_000L)).divide(modulus).longValue();
    }

    @Override
    public void join() {
        // the ring is fixed: nothing to do
    }

    @Override
    public void leave() {
        // the ring is fixed: nothing to do
    }

    @Override
    public Opaque onJoin(NodeId joiningPeer, Opaque overlaySpecificData) {
        received.add(new Received(MessageCode.JOIN_REQ, joiningPeer, overlaySpecificData));
        return Opaque.EMPTY;
    }

    @Override
    public void onLeave(NodeId leavingPeer, Opaque overlaySpecificData) {
        received.add(new Received(MessageCode.LEAVE_REQ, leavingPeer, overlaySpecificData));
    }

    @Override
    public Opaque onUpdate(NodeId sender, Opaque update) {
        received.add(new Received(MessageCode.UPDATE_REQ, sender, update));
        return Opaque.EMPTY;
    }

    /** Sends {@code peer} an empty Update (6.4.2.3), which its topology records. */
    @Override
    public void onAttachUpdateRequested(NodeId peer) {
        context.request(peer, MessageCode.UPDATE_REQ, Opaque.EMPTY);
    }

    /** Answers with the Node-ID of the next hop, or nothing when this node is responsible. */
    @Override
    public Opaque onRouteQuery(NodeId sender, boolean sendUpdate, Identifier<?> destination, Opaque data) {
        received.add(new Received(MessageCode.ROUTE_QUERY_REQ, sender, data));
        List<NodeId> hops = nextHops(destination);
        return responsibleFor(destination).equals(self) || hops.isEmpty() ? Opaque.EMPTY : hops.get(0).bytes();
    }

    @Override
    public boolean mayRespondFor(NodeId responder, ResourceId resource) {
        return responsibleFor(resource).equals(responder);
    }

    @Override
    public boolean isPlausibleReplicaSource(ResourceId resource, NodeId sender) {
        return responsibleFor(resource).equals(sender) || replicaSet(resource).contains(sender);
    }

    @Override
    public boolean isPeer(NodeId node) {
        return ring.contains(node);
    }

    @Override
    public void onNeighborUp(NodeId peer) {
        // routing reads the connection table directly
    }

    @Override
    public void onNeighborDown(NodeId peer) {
        // routing reads the connection table directly
    }

    private BigInteger position(Identifier<?> id) {
        byte[] b = Arrays.copyOf(id.bytes().toByteArray(), context.nodeIdLength());
        return new BigInteger(1, b);
    }

    /** Clockwise distance from {@code from} to {@code to}. */
    private BigInteger distance(Identifier<?> from, Identifier<?> to) {
        return position(to).subtract(position(from)).mod(modulus);
    }

    /**
     * An overlay-management request the topology received.
     *
     * @param code   the request's message code
     * @param sender the Node-ID it names or was signed by
     * @param data   its overlay-specific data
     */
    public record Received(MessageCode code, NodeId sender, Opaque data) {
    }
}

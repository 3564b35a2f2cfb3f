package org.reloadj.topology.chord;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.topology.Topology;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.wire.chord.ChordRouteQueryAns;
import org.reloadj.wire.chord.ChordUpdate;

/**
 * One node's CHORD-RELOAD (RFC 6940, 10): the {@link Topology} the node asks where to route and
 * what it is responsible for, and hands Join, Leave, Update and RouteQuery to. It delegates to the
 * parts of the algorithm and offers read-only views of its tables for tests, diagnostics and the
 * simulator.
 *
 * <p>The first node of an overlay (6.4.2.1: "some mechanism whereby nodes can determine that they
 * are potentially the first node") is one that is asked to join with no bootstrap peer configured
 * and no link: it takes the whole ring.
 */
public final class ChordTopology implements Topology {
    private final ChordState s;
    private final ChordRouting routing;
    private final Maintenance maintenance;
    private final Stabilizer stabilizer;
    private final PartitionDetector partitions;
    private final JoinProcedure joining;
    private final Admission admission;
    private final Departure departure;

    ChordTopology(TopologyContext context, ChordConfig config) {
        this.s = new ChordState(context, config);
        this.routing = new ChordRouting(s);
        this.maintenance = new Maintenance(s);
        this.partitions = new PartitionDetector(s, maintenance);
        this.stabilizer = new Stabilizer(s, maintenance, partitions, this::rejoin);
        this.joining = new JoinProcedure(s, maintenance, stabilizer::start);
        this.admission = new Admission(s, maintenance);
        this.departure = new Departure(s, maintenance);
        maintenance.onLostEveryPeer(this::lostEveryPeer);
    }

    /** SHA-1 of the name, truncated to 128 bits (10.2). */
    @Override
    public ResourceId resourceId(Opaque resourceName) {
        return s.ring.hash(resourceName);
    }

    @Override
    public boolean isResponsible(ResourceId id) {
        return s.isResponsible(id);
    }

    @Override
    public List<NodeId> nextHops(Identifier<?> target) {
        return routing.nextHops(target);
    }

    @Override
    public List<NodeId> replicaSet(ResourceId id) {
        return routing.replicaSet(id);
    }

    @Override
    public long responsiblePartsPerBillion() {
        return routing.responsiblePartsPerBillion();
    }

    @Override
    public void join() {
        if (s.phase() != Phase.IDLE && s.phase() != Phase.LEFT) {
            return;
        }
        if (s.context.admittingPeer().isEmpty() && s.context.connectedPeers().isEmpty()) {
            s.phase(Phase.JOINED);
            s.churn.joined(s.now());
            stabilizer.start();
        } else {
            joining.start();
        }
    }

    @Override
    public void leave() {
        joining.stop();
        stabilizer.stop();
        maintenance.stop();
        if (s.phase() == Phase.JOINED) {
            departure.leave();
        } else {
            s.phase(Phase.LEFT);
        }
    }

    @Override
    public Opaque onJoin(NodeId joiningPeer, Opaque overlaySpecificData) throws ReloadException {
        return admission.onJoin(joiningPeer);
    }

    @Override
    public void onLeave(NodeId leavingPeer, Opaque overlaySpecificData) throws ReloadException {
        departure.onLeave(leavingPeer, overlaySpecificData);
    }

    /** Reads a ChordUpdate (10.7.3); the UpdateAns is empty. */
    @Override
    public Opaque onUpdate(NodeId sender, Opaque update) throws ReloadException {
        ChordUpdate u = s.messages.update(update);
        if (s.phase().active()) {
            maintenance.onUpdate(sender, u);
            joining.onUpdate(sender, u);
        }
        return Opaque.EMPTY;
    }

    /** Answers a ChordRouteQueryAns; a full Update follows when asked for (10.8). */
    @Override
    public Opaque onRouteQuery(NodeId sender, boolean sendUpdate, Identifier<?> destination, Opaque data)
            throws ReloadException {
        NodeId next = routing.routeQueryAnswer(destination);
        if (sendUpdate) {
            sendFullUpdate(sender);
        }
        return new ChordRouteQueryAns(next).toOpaque();
    }

    /**
     * An Attach with send_update from {@code peer} is linked (6.4.2.3): a peer of the ring sends
     * it a full Update, its Routing Table (10.5: "The send_update flag can be used to acquire the
     * Routing Table of AP").
     */
    @Override
    public void onAttachUpdateRequested(NodeId peer) {
        sendFullUpdate(peer);
    }

    /** Sends {@code peer} a full Update once the current request is handled, if this node is joined. */
    private void sendFullUpdate(NodeId peer) {
        if (s.phase() == Phase.JOINED) {
            s.context.schedule(Duration.ZERO, () -> maintenance.sendUpdates(List.of(peer), s.fullUpdate()));
        }
    }

    /** The bootstrap node is a peer as soon as it is linked (11.4); others show themselves with Updates. */
    @Override
    public void onNeighborUp(NodeId peer) {
        if (s.context.admittingPeer().filter(peer::equals).isPresent()) {
            maintenance.reached(peer);
        }
    }

    /** A lost link is a failed peer (10.7.1, 10.7.2). */
    @Override
    public void onNeighborDown(NodeId peer) {
        maintenance.failed(peer);
    }

    private void rejoin() {
        if (s.phase() == Phase.JOINED) {
            stabilizer.stop();
            joining.start();
        }
    }

    /** 10.7.1: no successor left; join again through a remaining link, or stay the only peer. */
    private void lostEveryPeer() {
        if (s.context.connectedPeers().stream().anyMatch(p -> !p.equals(s.self()))) {
            rejoin();
        }
    }

    /**
     * Whether {@code sender} may store replicas of {@code resource} here (7.4.1.1, 10.4): one of
     * this peer's first two predecessors, whose replica sets hold this peer, for a resource in its
     * range ("check that they came from an appropriate predecessor in their Neighbor Table and that
     * they are in a range that this predecessor is responsible for"); or this peer's first
     * successor handing over a resource of this peer's range, as the admitting peer does when this
     * peer joins (10.5, step 6). A leaving predecessor hands its data over before its Leave, so
     * the first rule covers it (10.9).
     */
    public boolean isPlausibleReplicaSource(ResourceId resource, NodeId sender) {
        return routing.isPlausibleReplicaSource(resource, sender);
    }

    /**
     * Whether {@code responder} may answer for {@code resource} (6.3.4): no member of the Neighbor
     * Table is closer to it, closeness being the clockwise distance from the resource, as
     * responsibility goes in Chord (10.1). While this peer looks for a partition, the answer to its
     * Ping for its own id may come from any peer of another ring (10.7.4.4).
     */
    public boolean mayRespondFor(NodeId responder, ResourceId resource) {
        return partitions.awaitsAnswerFor(resource) || routing.mayRespondFor(responder, resource);
    }

    /**
     * Whether the linked {@code node} is a peer rather than a client (4.2): it is in the routing
     * table, having shown itself with an Update or a Join, or having been reached as a peer.
     */
    public boolean isPeer(NodeId node) {
        return s.table.contains(node);
    }

    /** This node's Node-ID. */
    public NodeId nodeId() {
        return s.self();
    }

    /** Whether the node is a peer of the ring (joined, not left). */
    @Override
    public boolean isJoined() {
        return s.phase() == Phase.JOINED;
    }

    /** The predecessor list, nearest first. */
    public List<NodeId> predecessors() {
        return s.table.neighbors().predecessors();
    }

    /** The successor list, nearest first. */
    public List<NodeId> successors() {
        return s.table.neighbors().successors();
    }

    /** The Neighbor Table: the predecessors, nearest first, then the successors not among them (10.3). */
    @Override
    public List<NodeId> neighbors() {
        LinkedHashSet<NodeId> all = new LinkedHashSet<>(predecessors());
        all.addAll(successors());
        return List.copyOf(all);
    }

    /** The distinct peers of the valid finger entries, ascending. */
    @Override
    public List<NodeId> fingers() {
        return s.table.fingers();
    }

    /** Every peer of the routing table. */
    public List<NodeId> routingTable() {
        return List.copyOf(s.table.peers());
    }

    /** The number of finger table entries (10.7.4.3; RFC 7363, 6.2). */
    public int fingerTableSize() {
        return s.table.fingerTable().size();
    }

    /** The stabilization period: chord-update-interval, or RFC 7363's adaptive one. */
    public Duration stabilizationInterval() {
        return stabilizer.interval();
    }

    /** The last network size estimate (RFC 7363, 6.1; 1 before the first). */
    public double estimatedNetworkSize() {
        return stabilizer.networkSize();
    }
}

package org.reloadj.core.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.topology.Topology;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.api.topology.TopologyPlugin;

/**
 * The topology of a running node whose plug-in may be replaced (RFC 6940, 1.2.3; architecture
 * principle 4: updating the topology bundle rebuilds routing state without losing stored data).
 * The node, its storage and its links keep this one object; behind it, {@link #replace} leaves
 * the overlay with the old plug-in's topology, makes a new one of the new plug-in with the same
 * {@link TopologyContext}, and joins again through the links the node still has (6.4.2.1, 10.5).
 * While no plug-in is there it behaves as a node without routes ({@link DetachedTopology}).
 *
 * <p>Like every topology, called on the node's event loop only; {@link #replace} too.
 */
public final class LiveTopology implements Topology {
    private TopologyContext context;
    private RetirableContext generation;
    private Optional<TopologyPlugin> plugin;
    private volatile Topology current = DetachedTopology.INSTANCE;
    private boolean joinRequested;
    private boolean bootstrapNode;

    /** A topology that will be made by {@code plugin}, or detached while empty. */
    public LiveTopology(Optional<TopologyPlugin> plugin) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
    }

    /** Makes the first topology with the node's {@code nodeContext}; the node builder's function. */
    public Topology create(TopologyContext nodeContext) {
        if (context != null) {
            throw new IllegalStateException("a live topology serves one node");
        }
        context = Objects.requireNonNull(nodeContext, "nodeContext");
        current = make();
        return this;
    }

    private Topology make() {
        generation = new RetirableContext(context);
        return plugin.map(p -> p.create(generation)).orElse(DetachedTopology.INSTANCE);
    }

    /** The algorithm of the plug-in in use, empty while detached. */
    public Optional<String> algorithm() {
        return plugin.map(TopologyPlugin::algorithm);
    }

    /** Whether {@code candidate} is the plug-in in use. */
    public boolean uses(TopologyPlugin candidate) {
        return plugin.filter(p -> p == candidate).isPresent();
    }

    /**
     * Replaces the plug-in: the topology in use is retired (its timers stop, and its hand-over of
     * data is suppressed: the node keeps what it stores) and leaves the overlay (6.4.2.2), so that
     * the neighbours drop it from their tables; the new plug-in's topology, made with the same
     * node, joins again through the links the node keeps, if the node had been asked to join.
     */
    public void replace(Optional<TopologyPlugin> next) {
        Objects.requireNonNull(next, "next");
        Topology old = current;
        current = DetachedTopology.INSTANCE;
        plugin = next;
        if (context == null) {
            return;
        }
        generation.retire();
        old.leave();
        current = make();
        if (joinRequested) {
            rejoin();
        }
    }

    /**
     * Says whether this node is one of the configuration's bootstrap nodes (11.4). When a plug-in
     * is replaced in every node at once (one framework running them all), no node is left in the
     * ring to admit the others: a bootstrap node then joins again as the first peer, and the
     * others join through it. Where it alone is replaced, the ring's stabilization takes it back in.
     */
    public void bootstrapNode(boolean value) {
        this.bootstrapNode = value;
    }

    private void rejoin() {
        if (bootstrapNode) {
            generation.alone(current::join);
        } else {
            current.join();
        }
    }

    @Override
    public ResourceId resourceId(Opaque resourceName) {
        return current.resourceId(resourceName);
    }

    @Override
    public boolean isResponsible(ResourceId id) {
        return current.isResponsible(id);
    }

    @Override
    public List<NodeId> nextHops(Identifier<?> target) {
        return current.nextHops(target);
    }

    @Override
    public List<NodeId> replicaSet(ResourceId id) {
        return current.replicaSet(id);
    }

    @Override
    public long responsiblePartsPerBillion() {
        return current.responsiblePartsPerBillion();
    }

    /** Joins now, and again with each new plug-in. */
    @Override
    public void join() {
        joinRequested = true;
        current.join();
    }

    /** Leaves, and stays out when the plug-in is replaced. */
    @Override
    public void leave() {
        joinRequested = false;
        current.leave();
    }

    @Override
    public Opaque onJoin(NodeId joiningPeer, Opaque overlaySpecificData) throws ReloadException {
        return current.onJoin(joiningPeer, overlaySpecificData);
    }

    @Override
    public void onLeave(NodeId leavingPeer, Opaque overlaySpecificData) throws ReloadException {
        current.onLeave(leavingPeer, overlaySpecificData);
    }

    @Override
    public Opaque onUpdate(NodeId sender, Opaque update) throws ReloadException {
        return current.onUpdate(sender, update);
    }

    @Override
    public Opaque onRouteQuery(NodeId sender, boolean sendUpdate, Identifier<?> destination, Opaque data)
            throws ReloadException {
        return current.onRouteQuery(sender, sendUpdate, destination, data);
    }

    @Override
    public void onNeighborUp(NodeId peer) {
        current.onNeighborUp(peer);
    }

    @Override
    public void onNeighborDown(NodeId peer) {
        current.onNeighborDown(peer);
    }

    @Override
    public void onAttachUpdateRequested(NodeId peer) {
        current.onAttachUpdateRequested(peer);
    }

    @Override
    public boolean mayRespondFor(NodeId responder, ResourceId resource) {
        return current.mayRespondFor(responder, resource);
    }

    @Override
    public boolean isPlausibleReplicaSource(ResourceId resource, NodeId sender) {
        return current.isPlausibleReplicaSource(resource, sender);
    }

    @Override
    public boolean isPeer(NodeId node) {
        return current.isPeer(node);
    }

    @Override
    public boolean isJoined() {
        return current.isJoined();
    }

    @Override
    public List<NodeId> neighbors() {
        return current.neighbors();
    }

    @Override
    public List<NodeId> fingers() {
        return current.fingers();
    }
}

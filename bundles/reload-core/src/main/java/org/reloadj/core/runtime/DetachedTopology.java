package org.reloadj.core.runtime;

import java.util.List;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.topology.Topology;

/**
 * The topology of a node whose topology plug-in has gone (its bundle stopped or is being
 * updated): no route, no responsibility, not joined; overlay-management requests are refused
 * with Error_Forbidden until a plug-in is back. Links and stored data stay as they are.
 */
final class DetachedTopology implements Topology {
    static final DetachedTopology INSTANCE = new DetachedTopology();

    private DetachedTopology() {
    }

    private static ReloadException unavailable() {
        return new ReloadException(ErrorCode.ERROR_FORBIDDEN, "this node's topology plug-in is not available");
    }

    /** Without the algorithm there is no hash (5.2): callers get an IllegalStateException. */
    @Override
    public ResourceId resourceId(Opaque resourceName) {
        throw new IllegalStateException("the topology plug-in is not available, so Resource-IDs cannot be computed");
    }

    @Override
    public boolean isResponsible(ResourceId id) {
        return false;
    }

    @Override
    public List<NodeId> nextHops(Identifier<?> target) {
        return List.of();
    }

    @Override
    public List<NodeId> replicaSet(ResourceId id) {
        return List.of();
    }

    @Override
    public long responsiblePartsPerBillion() {
        return 0;
    }

    @Override
    public void join() {
        // nothing to join with: the plug-in's return starts the join
    }

    @Override
    public void leave() {
        // nothing to leave
    }

    @Override
    public Opaque onJoin(NodeId joiningPeer, Opaque overlaySpecificData) throws ReloadException {
        throw unavailable();
    }

    @Override
    public void onLeave(NodeId leavingPeer, Opaque overlaySpecificData) throws ReloadException {
        throw unavailable();
    }

    @Override
    public Opaque onUpdate(NodeId sender, Opaque update) throws ReloadException {
        throw unavailable();
    }

    @Override
    public Opaque onRouteQuery(NodeId sender, boolean sendUpdate, Identifier<?> destination, Opaque data)
            throws ReloadException {
        throw unavailable();
    }

    @Override
    public void onNeighborUp(NodeId peer) {
        // a new plug-in learns its neighbours by joining
    }

    @Override
    public void onNeighborDown(NodeId peer) {
        // likewise
    }

    @Override
    public boolean mayRespondFor(NodeId responder, ResourceId resource) {
        return false;
    }

    @Override
    public boolean isPlausibleReplicaSource(ResourceId resource, NodeId sender) {
        return false;
    }

    @Override
    public boolean isJoined() {
        return false;
    }
}

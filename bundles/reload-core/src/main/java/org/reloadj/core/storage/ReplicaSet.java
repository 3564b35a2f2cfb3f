package org.reloadj.core.storage;

import java.util.List;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

/**
 * The peers that the topology plug-in replicates a resource to (RFC 6940, 7.4.1.2 and, for
 * CHORD-RELOAD, 10.4). A Store answer lists them so that the storing node may check them with Stat. A node passes its topology's
 * {@code Topology::replicaSet}.
 */
@FunctionalInterface
public interface ReplicaSet {
    /** The replicas of {@code resource}, other than this peer; empty when there are none. */
    List<NodeId> replicasOf(ResourceId resource);
}

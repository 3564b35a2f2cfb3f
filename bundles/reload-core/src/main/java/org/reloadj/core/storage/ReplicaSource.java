package org.reloadj.core.storage;

import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

/**
 * Whether a replica Store may come from a sender (RFC 6940, 7.4.1.1): "the StoreReq is signed by
 * a Node-ID which is a plausible node to either have originally stored the value or have been in
 * the replica set". What is plausible is the topology plug-in's to say; for CHORD-RELOAD, a node in
 * the known replica set of the resource or closer to it than some node of that set.
 */
@FunctionalInterface
public interface ReplicaSource {
    /** Whether {@code sender} may store replicas of {@code resource} here. */
    boolean isPlausible(ResourceId resource, NodeId sender);
}

package org.reloadj.security.signature;

import org.osgi.annotation.versioning.ConsumerType;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

/**
 * The second response rule of RFC 6940, 6.3.4: a response to a request sent to a Resource-ID
 * must come from a Node-ID at least as close to that Resource-ID as any node in the requesting
 * node's Neighbor Table. The topology plug-in knows distances and the table, so the node supplies
 * this check.
 */
@ConsumerType
@FunctionalInterface
public interface ResponsibilityCheck {

    /** Whether {@code responder} may answer a request sent to {@code resource}. */
    boolean mayRespondFor(NodeId responder, ResourceId resource);
}

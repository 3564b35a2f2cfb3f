package org.reloadj.core.storage;

import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;

/**
 * The overlay's hash from a Resource Name to a Resource-ID, which the topology plug-in defines
 * (RFC 6940, 5.2; for CHORD-RELOAD, SHA-1 truncated to 128 bits, 10.2). The access control
 * policies hash user names and Node-IDs with it (7.3). A node passes its topology's
 * {@code Topology::resourceId}.
 */
@FunctionalInterface
public interface ResourceIdHasher {
    /** The Resource-ID of {@code resourceName}. */
    ResourceId hash(Opaque resourceName);
}

package org.reloadj.api.topology;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An overlay algorithm (RFC 6940, 1.2.3; the topology-plugin element of the configuration,
 * 11.1). Registered as an OSGi service; a node picks the one whose {@link #algorithm()} its
 * configuration names, and asks it for a {@link Topology} of its own.
 */
@ConsumerType
public interface TopologyPlugin {
    /**
     * The service property that names a plug-in's algorithm, so that a node can select the one
     * its configuration names without asking every plug-in.
     */
    String ALGORITHM = "topology.algorithm";

    /** The algorithm's registered name (14.3), e.g. {@code CHORD-RELOAD}. */
    String algorithm();

    /** A topology for one node, with the services of that node. */
    Topology create(TopologyContext context);
}

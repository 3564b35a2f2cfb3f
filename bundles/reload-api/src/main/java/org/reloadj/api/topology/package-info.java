/**
 * The topology plug-in SPI (RFC 6940, 1.2.3, 6.4, 10): how an overlay algorithm such as
 * CHORD-RELOAD tells the node where messages go, which Resource-IDs it is responsible for and
 * which peers hold replicas, and how it handles Join, Leave, Update, RouteQuery and Probe.
 * Plug-ins are OSGi services found by algorithm name; one plug-in creates one {@link
 * org.reloadj.api.topology.Topology} per node.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.5.0")
package org.reloadj.api.topology;

/**
 * The node as a Declarative Services component (architecture principle 1: plain Java inside,
 * OSGi at the edge): one node per factory configuration of {@value
 * org.reloadj.core.osgi.NodeComponent#PID}, fed by the topology plug-ins, link providers, usages
 * and certificate sources of the service registry, publishing its
 * {@link org.reloadj.api.overlay.Overlay} and {@link org.reloadj.api.node.OverlayNode} once
 * joined. Private to the bundle.
 */
package org.reloadj.core.osgi;

/**
 * CHORD-RELOAD, the mandatory topology plug-in of RELOAD (RFC 6940, 10), with the optional
 * self-tuning of RFC 7363. Plain Java driven only through the topology SPI
 * ({@link org.reloadj.api.topology.TopologyContext}): the node's clock, scheduler, randomness,
 * connection table, Attach and overlay-management requests. {@link
 * org.reloadj.topology.chord.ChordPlugin} is the entry point; the package is private to the bundle.
 *
 * <p>Where the RFC's steps map onto the SPI:
 * <ul>
 * <li>10.2 hash and 10.1 ring arithmetic: {@code Ring}.</li>
 * <li>10.3 routing: {@code ChordRouting} over the {@code RoutingTable} (the {@code Neighbors} and
 * the {@code FingerTable} views of the peers this node is linked to).</li>
 * <li>10.4 replicas: {@code ChordRouting#replicaSet}; the node stores them when told
 * {@code responsibilityChanged()}, which {@code Replication} times (the 10.7.1 hold-down).</li>
 * <li>10.5 joining: {@code JoinProcedure} (joining node) and {@code Admission} (admitting peer).</li>
 * <li>10.6-10.7.3 Attaches, Updates, failures: {@code Maintenance}.</li>
 * <li>10.7.4 stabilization and RFC 7363: {@code Stabilizer}, {@code SelfTuning},
 * {@code ChurnEstimator}.</li>
 * <li>10.8 RouteQuery and 10.9 Leave: {@code ChordTopology} and {@code Departure}.</li>
 * </ul>
 */
package org.reloadj.topology.chord;

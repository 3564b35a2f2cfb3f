/**
 * A deterministic in-memory network (RFC 6940, 6.6 stands in): overlay links between nodes in one
 * JVM on virtual time, with latency, seeded loss, closing, partitions and frame interception, for
 * tests and the simulator.
 */
package org.reloadj.core.net;

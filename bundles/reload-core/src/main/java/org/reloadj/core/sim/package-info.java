/**
 * Stand-ins for tests and the simulator, never for a real overlay: a fixed-ring topology
 * ({@link org.reloadj.core.sim.StaticRingTopology}) for tests of the node without a topology
 * plug-in, and shared-key signatures of messages ({@link org.reloadj.core.sim.SharedKeySecurity})
 * and of stored data ({@link org.reloadj.core.sim.SharedKeyStoredData}), cheap enough for
 * simulations of thousands of nodes; real nodes sign with certificates
 * ({@link org.reloadj.core.security}).
 */
package org.reloadj.core.sim;

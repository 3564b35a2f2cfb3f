/**
 * Stand-ins for tests and the simulator, never for a real overlay: a fixed-ring topology
 * ({@link org.reloadj.core.sim.StaticRingTopology}) until CHORD-RELOAD lands, and shared-key
 * message signatures ({@link org.reloadj.core.sim.SharedKeySecurity}) for tests of the message
 * transport alone; real nodes sign with certificates ({@link org.reloadj.core.security}).
 */
package org.reloadj.core.sim;

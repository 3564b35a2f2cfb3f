/**
 * Stand-ins for tests and the simulator, never for a real overlay: a fixed-ring topology
 * ({@link org.reloadj.core.sim.StaticRingTopology}) until CHORD-RELOAD lands, and shared-key
 * message signatures ({@link org.reloadj.core.sim.SharedKeySecurity}) until reload-security's
 * signer and verifier are wired in.
 */
package org.reloadj.core.sim;

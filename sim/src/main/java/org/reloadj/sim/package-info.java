/**
 * The simulator (issue 6): many real RELOAD nodes (reload-core's node engine, storage and
 * replication) with the CHORD-RELOAD topology plug-in, over the in-memory network on virtual time,
 * growing a ring through the real join procedure and measuring lookups, storage and churn.
 * {@link org.reloadj.sim.Simulation} runs it; {@link org.reloadj.sim.SimOptions} says what to run;
 * {@link org.reloadj.sim.SimResult} holds the figures. Simulation only: by default the nodes sign
 * with a shared key, never with what a real overlay would accept.
 */
package org.reloadj.sim;

/**
 * Time for the I/O-free node: a {@link org.reloadj.core.time.Scheduler} of timers on an injected
 * clock, and a deterministic {@link org.reloadj.core.time.VirtualScheduler} whose time moves only
 * when a test or the simulator says so.
 */
package org.reloadj.core.time;

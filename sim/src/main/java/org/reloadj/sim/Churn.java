package org.reloadj.sim;

import java.time.Duration;
import java.util.SplittableRandom;
import org.reloadj.core.time.VirtualScheduler;

/**
 * Churn: every peer lives for a session time drawn from the exponential distribution of the given
 * median, then fails without notice; a new peer joins at once in its place, so the ring keeps its
 * size, and lives its own session.
 */
final class Churn {
    private final SimRing ring;
    private final VirtualScheduler scheduler;
    private final SplittableRandom random;
    private final double meanMillis;
    private boolean running;
    private int failures;

    Churn(SimRing ring, VirtualScheduler scheduler, SplittableRandom random, Duration median) {
        this.ring = ring;
        this.scheduler = scheduler;
        this.random = random;
        this.meanMillis = median.toMillis() / Math.log(2);
    }

    /** Starts the sessions of every live peer now. */
    void start() {
        running = true;
        ring.live().forEach(this::live);
    }

    /** Stops failing peers. */
    void stop() {
        running = false;
    }

    /** The peers that failed. */
    int failures() {
        return failures;
    }

    private void live(SimPeer peer) {
        long session = (long) (-meanMillis * Math.log(1 - random.nextDouble()));
        scheduler.schedule(Duration.ofMillis(session), () -> {
            if (running && peer.isAlive()) {
                ring.crash(peer);
                failures++;
                live(ring.joinNew());
            }
        });
    }
}

package org.reloadj.core.time;

import java.time.Clock;
import java.time.Duration;

/**
 * Runs tasks later. The node engine takes one from outside, so the same code runs on real time
 * (links) and on virtual time (tests, simulator).
 */
public interface Scheduler {
    /** The clock the delays are measured on. */
    Clock clock();

    /** Runs {@code task} once, {@code delay} from now; the returned handle cancels it. */
    Timer schedule(Duration delay, Runnable task);

    /** A scheduled task. */
    @FunctionalInterface
    interface Timer {
        /** Cancels the task if it has not run; harmless afterwards. */
        void cancel();
    }
}

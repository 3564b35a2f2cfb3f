package org.reloadj.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/**
 * A scheduler on virtual time: tasks run only when {@link #advance(Duration)} or {@link
 * #runUntilIdle()} moves the clock, in deadline order (ties in scheduling order). Deterministic,
 * so thousands of nodes can share one in a single thread. Not thread-safe: one thread drives it.
 */
public final class VirtualScheduler implements Scheduler {
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private final MutableClock clock;
    private long sequence;

    /** A scheduler whose clock starts at {@code start}. */
    public VirtualScheduler(Instant start) {
        this.clock = new MutableClock(start);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay " + delay);
        }
        Task t = new Task(clock.instant().plus(delay), sequence++, task);
        queue.add(t);
        return () -> t.cancelled = true;
    }

    /** Moves time forward by {@code step}, running every task that falls due, in order. */
    public void advance(Duration step) {
        Instant end = clock.instant().plus(step);
        while (!queue.isEmpty() && !queue.peek().due.isAfter(end)) {
            runNext();
        }
        clock.set(end);
    }

    /**
     * Runs tasks, moving time to each deadline, until none is left or {@code limit} tasks ran.
     *
     * @return the number of tasks run
     */
    public int runUntilIdle(int limit) {
        int n = 0;
        while (!queue.isEmpty() && n < limit) {
            if (runNext()) {
                n++;
            }
        }
        return n;
    }

    /** Runs tasks until none is left (at most a million, to stop a task that reschedules forever). */
    public int runUntilIdle() {
        return runUntilIdle(1_000_000);
    }

    /** The number of pending (not cancelled) tasks. */
    public long pending() {
        return queue.stream().filter(t -> !t.cancelled).count();
    }

    private boolean runNext() {
        Task t = queue.poll();
        if (t.due.isAfter(clock.instant())) {
            clock.set(t.due);
        }
        if (t.cancelled) {
            return false;
        }
        t.task.run();
        return true;
    }

    private static final class Task implements Comparable<Task> {
        final Instant due;
        final long order;
        final Runnable task;
        boolean cancelled;

        Task(Instant due, long order, Runnable task) {
            this.due = due;
            this.order = order;
            this.task = task;
        }

        @Override
        public int compareTo(Task o) {
            int c = due.compareTo(o.due);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    /** A clock whose time is set by the scheduler. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("virtual time is UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package org.reloadj.topology.chord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import org.reloadj.api.Cancellable;

/** Virtual time for tests: tasks run only when the test advances the clock, in time order. */
final class VirtualTime {
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private Instant now = Instant.parse("2024-01-01T00:00:00Z");
    private long sequence;

    /** A clock that reads the virtual time. */
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    Instant now() {
        return now;
    }

    Cancellable schedule(Duration delay, Runnable action) {
        Task t = new Task(now.plus(delay), sequence++, action);
        tasks.add(t);
        return () -> t.cancelled = true;
    }

    /** Runs every task due within {@code span}, in order, and moves the clock to its end. */
    void advance(Duration span) {
        Instant end = now.plus(span);
        while (!tasks.isEmpty() && !tasks.peek().at.isAfter(end)) {
            Task t = tasks.poll();
            now = t.at;
            if (!t.cancelled) {
                t.action.run();
            }
        }
        now = end;
    }

    /** Runs the tasks due now. */
    void runDue() {
        advance(Duration.ZERO);
    }

    private static final class Task implements Comparable<Task> {
        final Instant at;
        final long seq;
        final Runnable action;
        boolean cancelled;

        Task(Instant at, long seq, Runnable action) {
            this.at = at;
            this.seq = seq;
            this.action = action;
        }

        @Override
        public int compareTo(Task o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}

package org.reloadj.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Progress lines for long runs: at most one every few seconds of wall time. */
final class Progress {
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final Consumer<String> sink;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long start = System.nanoTime();
    private final long cpuStart = THREADS.getCurrentThreadCpuTime();
    private long last = start;

    Progress(Consumer<String> sink) {
        this.sink = sink;
    }

    /** The wall time since the run started, in seconds. */
    double wallSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The processor time of this thread since the run started, in seconds. */
    double cpuSeconds() {
        return (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    }

    /** Says {@code line} if the last line is a few seconds old. */
    void maybe(Supplier<String> line) {
        long now = System.nanoTime();
        if (now - last >= EVERY_NANOS) {
            last = now;
            say(line.get());
        }
    }

    /** Says {@code line} now. */
    void say(String line) {
        sink.accept(String.format("[%7.1f s] %s", wallSeconds(), line));
    }

    /** The heap in use, in megabytes. */
    static long heapMegabytes() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }
}

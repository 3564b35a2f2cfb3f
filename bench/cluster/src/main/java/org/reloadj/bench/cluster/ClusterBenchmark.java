package org.reloadj.bench.cluster;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.reloadj.config.OverlayConfiguration;

/**
 * The cluster benchmark: starts the overlay of {@link ClusterOptions}, waits until it has
 * stabilized, warms up (stores and fetches left out of every figure), then measures stores, fetches
 * one at a time, and fetches with several in flight, and reports a {@link ClusterResult}.
 */
public final class ClusterBenchmark {
    private static final Duration STABILIZATION_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(100);
    /** Fetches of each kind (sequential, concurrent) made while warming up, at most (twice the ops below). */
    private static final int WARMUP_FETCHES = 2000;

    private ClusterBenchmark() {
    }

    /** Runs the benchmark of {@code options}, telling {@code progress} each step. */
    public static ClusterResult run(ClusterOptions options, Consumer<String> progress) throws Exception {
        if (options.ops() + options.warmupOps() > Workload.capacity(options.nodes())) {
            throw new IllegalArgumentException("at most " + Workload.capacity(options.nodes())
                    + " values (warm-up included) fit " + options.nodes() + " nodes");
        }
        long start = System.nanoTime();
        try (Cluster cluster = Cluster.start(options, progress)) {
            boolean stabilized = stabilize(cluster, progress);
            double startup = (System.nanoTime() - start) / 1e9;
            Workload workload = new Workload(cluster.nodes(), options.valueBytes(), options.seed());
            List<Workload.Item> warm = new ArrayList<>();
            workload.store(options.warmupOps(), warm);
            // the JIT compiler needs thousands of operations; fetching the same few values again
            // warms it without storing more than the overlay holds
            int rounds = Math.max(1, Math.min(WARMUP_FETCHES, 2 * options.ops()) / warm.size());
            for (int r = 0; r < rounds; r++) {
                workload.fetchSequentially(warm);
                workload.fetchConcurrently(warm, options.concurrency());
            }
            progress.accept("warmed up with " + options.warmupOps() + " stores and " + 2 * rounds * warm.size()
                    + " fetches");
            List<Workload.Item> items = new ArrayList<>();
            Phase store = workload.store(options.ops(), items);
            progress.accept("stored " + store.successes() + " of " + options.ops());
            long before = cluster.links().messagesReceived();
            Phase sequential = workload.fetchSequentially(items);
            long hopsBoth = cluster.links().messagesReceived() - before;
            progress.accept("fetched " + sequential.successes() + " of " + items.size() + " one at a time");
            long cpuBefore = processCpuNanos();
            Phase concurrent = workload.fetchConcurrently(items, options.concurrency());
            double fetchCpuMicros = concurrent.attempts() == 0 ? 0
                    : (processCpuNanos() - cpuBefore) / 1e3 / concurrent.attempts();
            progress.accept("fetched " + concurrent.successes() + " of " + items.size() + " with "
                    + options.concurrency() + " in flight");
            double meanHops = sequential.attempts() == 0 ? 0 : hopsBoth / (2.0 * sequential.attempts());
            double heapMb = heapInUseMb();
            double joinMs = cluster.addNode() / 1e6;
            progress.accept("one more node joined the overlay of " + options.nodes() + " in "
                    + String.format(Locale.ROOT, "%.0f", joinMs) + " ms");
            return new ClusterResult(options, OverlayConfiguration.DEFAULT_TOPOLOGY_PLUGIN, startup, stabilized,
                    store, sequential, concurrent, fetchCpuMicros, meanHops, joinMs, heapMb);
        }
    }

    /** Waits until every node knows its ring neighbors, or the timeout; whether it did. */
    private static boolean stabilize(Cluster cluster, Consumer<String> progress) {
        long deadline = System.nanoTime() + STABILIZATION_TIMEOUT.toNanos();
        int unsettled = RingCheck.unsettled(cluster.nodes());
        while (unsettled > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL.toNanos());
            unsettled = RingCheck.unsettled(cluster.nodes());
        }
        progress.accept(unsettled == 0 ? "the ring is stable"
                : unsettled + " nodes still lack a ring neighbor after " + STABILIZATION_TIMEOUT.toSeconds() + " s");
        return unsettled == 0;
    }

    /** The CPU time this JVM has used, all threads together (0 where the platform cannot tell). */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }

    private static double heapInUseMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}

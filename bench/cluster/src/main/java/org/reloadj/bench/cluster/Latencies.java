package org.reloadj.bench.cluster;

import java.util.Arrays;

/**
 * The latencies of one phase's operations, in nanoseconds of {@link System#nanoTime}, one slot per
 * operation so that concurrent operations record without locks. Percentiles are nearest-rank over
 * every operation recorded, failed ones included (a failure's latency is how long it took to fail).
 */
final class Latencies {
    private final long[] nanos;

    Latencies(int operations) {
        this.nanos = new long[operations];
    }

    void record(int operation, long elapsedNanos) {
        nanos[operation] = elapsedNanos;
    }

    /** The {@code q} quantile (0 &lt; q &le; 1) in milliseconds. */
    double percentileMillis(double q) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}

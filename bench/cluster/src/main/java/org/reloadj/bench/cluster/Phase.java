package org.reloadj.bench.cluster;

/**
 * What one phase of operations measured.
 *
 * @param latencies    each operation's latency
 * @param attempts     the operations started
 * @param successes    those that did what they should (a fetch: returned the value stored)
 * @param elapsedNanos the phase's wall-clock time, first start to last completion
 */
record Phase(Latencies latencies, int attempts, int successes, long elapsedNanos) {
    double opsPerSecond() {
        return elapsedNanos == 0 ? 0 : attempts * 1e9 / elapsedNanos;
    }

    double successShare() {
        return attempts == 0 ? 1 : (double) successes / attempts;
    }
}

package org.reloadj.bench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void percentiles_are_nearest_rank_over_every_operation_in_milliseconds() {
        Latencies latencies = new Latencies(100);
        for (int k = 0; k < 100; k++) {
            latencies.record(99 - k, (k + 1) * 1_000_000L);
        }
        assertThat(latencies.percentileMillis(0.5)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(0.99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(1.0)).isEqualTo(100.0);
    }

    @Test
    void one_operation_is_every_percentile() {
        Latencies latencies = new Latencies(1);
        latencies.record(0, 2_500_000L);
        assertThat(latencies.percentileMillis(0.5)).isEqualTo(2.5);
        assertThat(latencies.percentileMillis(0.99)).isEqualTo(2.5);
    }
}

package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reloadj.topology.chord.Ids.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;

/** The formulas of RFC 7363, 6, and the examples of its section 3.2. */
class SelfTuningTest {
    private final Ring ring = new Ring(16);
    private static final Duration NONE = Duration.ofSeconds(600);
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** U per peer when {@code leavesEvery} seconds one of {@code n} peers leaves. */
    private static double perPeer(double n, double leavesEvery) {
        return 1 / (leavesEvery * n);
    }

    @Test
    void a_500_peer_overlay_losing_a_peer_every_30_seconds_stabilizes_about_every_93_seconds() {
        Duration d = SelfTuning.stabilizationInterval(500, perPeer(500, 30), 1.0 / 30, NONE);
        assertThat(d.toMillis() / 1000.0).isCloseTo(93.3, within(0.5));
    }

    @Test
    void twice_the_churn_halves_the_interval_to_about_46_seconds() {
        Duration d = SelfTuning.stabilizationInterval(500, perPeer(500, 15), 1.0 / 15, NONE);
        assertThat(d.toMillis() / 1000.0).isCloseTo(46.6, within(0.5));
    }

    @Test
    void six_times_the_churn_in_2000_peers_gives_about_42_seconds() {
        Duration d = SelfTuning.stabilizationInterval(2000, perPeer(2000, 5), 1.0 / 5, NONE);
        assertThat(d.toMillis() / 1000.0).isCloseTo(41.6, within(0.5));
    }

    @Test
    void the_join_rate_bounds_the_interval_when_it_is_the_tighter_one() {
        // Tstab-2 = N / (L * log2(N)^2) = 256 / (1 * 64) = 4 s, below the failure bound
        Duration d = SelfTuning.stabilizationInterval(256, 1e-9, 1, NONE);
        assertThat(d).isEqualTo(SelfTuning.MIN_INTERVAL);
        Duration slower = SelfTuning.stabilizationInterval(256, 1e-9, 0.01, NONE);
        assertThat(slower).isEqualTo(Duration.ofSeconds(400));
    }

    @Test
    void the_interval_never_falls_below_15_seconds() {
        assertThat(SelfTuning.stabilizationInterval(1000, 1, 50, NONE)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void with_no_rate_known_the_configured_interval_stays() {
        assertThat(SelfTuning.stabilizationInterval(1000, 0, 0, NONE)).isEqualTo(NONE);
    }

    @Test
    void the_network_size_is_the_ring_over_the_mean_spacing_of_the_neighbourhood() {
        Neighbors n = Neighbors.of(ring, at(0), List.of(at(16), at(32), at(48), at(240), at(224), at(208)), 3, 3);
        assertThat(SelfTuning.networkSize(ring, at(0), n)).isCloseTo(16, within(1e-9));
        Neighbors uneven = Neighbors.of(ring, at(0), List.of(at(1), at(2), at(3), at(255), at(254), at(253)), 3, 3);
        assertThat(SelfTuning.networkSize(ring, at(0), uneven)).isCloseTo(256, within(1e-9));
    }

    @Test
    void a_small_ring_whose_lists_overlap_is_measured_right() {
        Neighbors n = Neighbors.of(ring, at(0), List.of(at(85), at(170)), 3, 3);
        assertThat(SelfTuning.networkSize(ring, at(0), n)).isCloseTo(3, within(0.02));
        assertThat(SelfTuning.networkSize(ring, at(0), Neighbors.EMPTY)).isEqualTo(1);
    }

    @Test
    void table_sizes_follow_log2_of_the_size_with_their_floors() {
        assertThat(SelfTuning.fingerTableSize(100_000)).isEqualTo(17);
        assertThat(SelfTuning.fingerTableSize(1000)).isEqualTo(16);
        assertThat(SelfTuning.neighborListSize(1000)).isEqualTo(10);
        assertThat(SelfTuning.neighborListSize(500)).isEqualTo(9);
        assertThat(SelfTuning.neighborListSize(4)).isEqualTo(3);
        assertThat(SelfTuning.ceilLog2(1)).isZero();
        assertThat(SelfTuning.ceilLog2(1024)).isEqualTo(10);
        assertThat(SelfTuning.ceilLog2(1025)).isEqualTo(11);
    }

    @Test
    void the_failure_rate_counts_k_failures_in_tk_among_m_peers() {
        assertThat(SelfTuning.failureRate(2, 8, 100)).isEqualTo(2.0 / 800);
        assertThat(SelfTuning.failureRate(2, 0, 100)).isZero();
    }

    @Test
    void with_fewer_than_k_failures_one_is_counted_now_from_the_join() {
        ChurnEstimator e = new ChurnEstimator(T0);
        assertThat(e.failureRate(T0.plusSeconds(1000), 8)).isCloseTo(1.0 / (8 * 1000), within(1e-12));
        e.failure(T0.plusSeconds(500));
        assertThat(e.failureRate(T0.plusSeconds(1000), 8)).as("K = 2 for 8 peers; one seen")
                .isCloseTo(2.0 / (8 * 1000), within(1e-12));
    }

    @Test
    void with_k_failures_the_window_runs_from_the_first_to_the_last() {
        ChurnEstimator e = new ChurnEstimator(T0);
        e.failure(T0.plusSeconds(100));
        e.failure(T0.plusSeconds(900));
        e.failure(T0.plusSeconds(1000));
        // K = 2 of 8: the last two failures, 100 s apart
        assertThat(e.failureRate(T0.plusSeconds(5000), 8)).isCloseTo(2.0 / (8 * 100), within(1e-12));
    }

    @Test
    void joining_again_starts_a_new_history() {
        ChurnEstimator e = new ChurnEstimator(T0);
        e.failure(T0.plusSeconds(1));
        e.failure(T0.plusSeconds(2));
        e.joined(T0.plusSeconds(100));
        assertThat(e.failureRate(T0.plusSeconds(1100), 8)).isCloseTo(1.0 / (8 * 1000), within(1e-12));
    }

    @Test
    void the_join_rate_is_the_size_over_the_median_age() {
        assertThat(SelfTuning.joinRate(100, List.of(10.0, 20.0, 30.0, 40.0))).isEqualTo(100 / 30.0);
        assertThat(SelfTuning.joinRate(100, List.of())).isZero();
        Instant now = Instant.parse("2024-01-01T10:00:00Z");
        ChurnEstimator e = new ChurnEstimator(now);
        NodeId a = at(1);
        NodeId b = at(2);
        NodeId c = at(3);
        e.uptime(a, 100, now);
        e.uptime(b, 300, now);
        e.uptime(c, 200, now);
        assertThat(e.joinRate(50, List.of(a, b, c, at(4)), now)).isEqualTo(50 / 200.0);
        e.forget(b);
        assertThat(e.joinRate(50, List.of(a, b, c), now)).isEqualTo(50 / 200.0);
        assertThat(e.knowsAge(b)).isFalse();
    }
}

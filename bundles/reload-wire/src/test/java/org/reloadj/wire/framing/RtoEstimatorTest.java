package org.reloadj.wire.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RtoEstimatorTest {
    private static final Duration MS = Duration.ofMillis(1);

    private static RtoEstimator estimator() {
        return new RtoEstimator(Duration.ofMillis(500), MS, Duration.ofSeconds(60));
    }

    @Test
    void starts_at_the_initial_rto() {
        assertThat(estimator().rto()).isEqualTo(Duration.ofMillis(500));
        assertThat(estimator().smoothedRtt()).isEmpty();
    }

    @Test
    void the_first_sample_gives_srtt_plus_four_rttvar() {
        RtoEstimator e = estimator();
        e.sample(Duration.ofMillis(100));
        assertThat(e.smoothedRtt()).contains(Duration.ofMillis(100));
        assertThat(e.rto()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void later_samples_smooth_as_rfc_6298_says() {
        RtoEstimator e = estimator();
        e.sample(Duration.ofMillis(100));
        e.sample(Duration.ofMillis(200));
        // RTTVAR = 3/4*50 + 1/4*100 = 62.5; SRTT = 7/8*100 + 1/8*200 = 112.5; RTO = 112.5 + 250
        assertThat(e.smoothedRtt()).contains(Duration.ofNanos(112_500_000));
        assertThat(e.rto()).isEqualTo(Duration.ofMillis(363));
    }

    @Test
    void rounds_up_to_the_millisecond_not_the_second() {
        RtoEstimator e = estimator();
        e.sample(Duration.ofNanos(100_000));
        assertThat(e.rto()).isEqualTo(Duration.ofMillis(2));
    }

    @Test
    void back_off_doubles_up_to_the_ceiling() {
        RtoEstimator e = new RtoEstimator(Duration.ofMillis(500), MS, Duration.ofSeconds(3));
        e.backOff();
        assertThat(e.rto()).isEqualTo(Duration.ofSeconds(1));
        e.backOff();
        e.backOff();
        assertThat(e.rto()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void keeps_the_floor() {
        RtoEstimator e = new RtoEstimator(Duration.ofMillis(500), Duration.ofMillis(200), Duration.ofSeconds(3));
        e.sample(Duration.ofMillis(1));
        assertThat(e.rto()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void refuses_bounds_out_of_order() {
        assertThatThrownBy(() -> new RtoEstimator(MS, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

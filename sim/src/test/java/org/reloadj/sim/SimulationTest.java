package org.reloadj.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Small simulations, seconds each: what the big runs of docs/simulation.md measure, on small rings. */
class SimulationTest {
    private static SimResult run(SimOptions options) {
        return Simulation.run(options, line -> { });
    }

    /** The JSON but for the figures of the machine: wall time and heap. */
    private static String figuresOf(SimResult r) {
        return r.toJson().replaceAll("\"(wall_s|cpu_s|heap_mb)\": [0-9.]+, ", "");
    }

    @Test
    void the_same_seed_gives_the_same_figures_and_another_seed_other_ones() {
        SimOptions options = SimOptions.builder(60).lookups(200).churn(Duration.ofMinutes(5))
                .duration(Duration.ofMinutes(10)).seed(42).build();

        String first = figuresOf(run(options));
        String again = figuresOf(run(options));
        String other = figuresOf(run(SimOptions.builder(60).lookups(200).churn(Duration.ofMinutes(5))
                .duration(Duration.ofMinutes(10)).seed(43).build()));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).contains("\"churn_failures\": ").doesNotContain("\"churn_failures\": 0,");
    }

    @Test
    void every_lookup_in_a_stable_ring_reaches_the_responsible_peer_in_few_hops() {
        SimResult r = run(SimOptions.builder(150).lookups(600).duration(Duration.ofMinutes(15)).build());

        assertThat(r.lookups()).isEqualTo(600);
        assertThat(r.successRate()).isEqualTo(1.0);
        assertThat(r.lookupFailures()).isZero();
        assertThat(r.wrongResponder()).isZero();
        assertThat(r.meanHops()).isGreaterThan(1).isLessThanOrEqualTo(r.hopsGoal());
        assertThat(r.unjoined()).isZero();
        assertThat(r.stored()).isEqualTo(150);
        assertThat(r.lost()).isZero();
        assertThat(r.maintenancePerNode()).isPositive();
    }

    @Test
    void churn_on_a_small_ring_loses_no_item_and_lookups_still_succeed() {
        SimResult r = run(SimOptions.builder(100).lookups(500).churn(Duration.ofMinutes(30))
                .duration(Duration.ofHours(1)).build());

        assertThat(r.churnFailures()).isGreaterThan(50);
        assertThat(r.stored()).isEqualTo(100);
        assertThat(r.lost()).isZero();
        assertThat(r.successRate()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void a_ring_of_peers_with_real_certificates_works_alike() {
        SimResult r = run(SimOptions.builder(12).lookups(40).items(12).duration(Duration.ofMinutes(1))
                .security(SimOptions.Security.ECDSA).build());

        assertThat(r.successRate()).isEqualTo(1.0);
        assertThat(r.stored()).isEqualTo(12);
        assertThat(r.lost()).isZero();
        assertThat(r.toJson()).contains("ECDSA P-256");
    }

    @Test
    void a_lone_peer_answers_every_lookup_itself() {
        SimResult r = run(SimOptions.builder(1).lookups(10).duration(Duration.ofSeconds(10)).build());

        assertThat(r.successRate()).isEqualTo(1.0);
        assertThat(r.meanHops()).isZero();
        assertThat(r.lost()).isZero();
    }
}

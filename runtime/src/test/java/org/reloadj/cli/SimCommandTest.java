package org.reloadj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimCommandTest {
    @Test
    void a_small_simulation_prints_one_json_object_with_the_figures() {
        CliRun run = CliRun.run("", "sim", "--nodes", "30", "--lookups", "60", "--duration-s", "60", "--seed", "5",
                "--json");

        assertThat(run.status()).isZero();
        String json = run.out().strip();
        assertThat(json).startsWith("{").endsWith("}").doesNotContain("\n");
        for (String key : new String[] {"nodes", "lookups", "success_rate", "mean_hops", "p99_hops", "stored", "lost",
            "wall_s", "virtual_s", "heap_mb", "maintenance_msgs_per_node_per_s"}) {
            assertThat(json).contains("\"" + key + "\": ");
        }
        assertThat(json).contains("\"nodes\": 30, \"lookups\": 60, \"success_rate\": 1,").contains("\"lost\": 0,")
                .contains("shared-key");
        assertThat(run.err()).contains("signatures: shared-key");
    }

    @Test
    void without_json_it_prints_a_figure_a_line_and_quiet_says_nothing_else() {
        CliRun run = CliRun.run("", "sim", "--nodes", "5", "--lookups", "5", "--duration-s", "10", "--quiet");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("nodes: 5\n").contains("success_rate: 1\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void bad_options_are_refused_with_status_2() {
        assertThat(CliRun.run("", "sim", "--nodes", "0").status()).isEqualTo(Terminal.EXIT_BAD_INPUT);
        CliRun wrongSecurity = CliRun.run("", "sim", "--nodes", "3", "--security", "rsa");
        assertThat(wrongSecurity.status()).isEqualTo(Terminal.EXIT_BAD_INPUT);
        assertThat(wrongSecurity.err()).contains("--security is shared-key or ecdsa");
        assertThat(CliRun.run("", "sim", "--lookups", "3").status()).isEqualTo(Terminal.EXIT_BAD_INPUT);
    }
}

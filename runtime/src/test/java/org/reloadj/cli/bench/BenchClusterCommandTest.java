package org.reloadj.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.cli.CliRun;

class BenchClusterCommandTest {
    private static final List<String> FIELDS = List.of("nodes", "ops", "link", "topology", "startup_s", "store_p50_ms",
            "store_p99_ms", "fetch_p50_ms", "fetch_p99_ms", "fetch_success", "sequential_fetch_ops_per_s",
            "concurrent_fetch_ops_per_s", "mean_hops", "heap_mb");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void a_three_node_tls_overlay_fetches_back_every_value_and_reports_every_figure_as_json() throws Exception {
        Path trace = dir.resolve("cluster.pcap");
        CliRun run = CliRun.run("", "bench", "cluster", "--nodes", "3", "--ops", "10", "--concurrency", "4",
                "--trace", trace.toString(), "--json", "--quiet");

        assertThat(run.status()).as(run.err()).isZero();
        String json = run.out().strip();
        assertThat(json).startsWith("{").endsWith("}");
        for (String field : FIELDS) {
            assertThat(json).contains("\"" + field + "\": ");
        }
        assertThat(json).contains("\"nodes\": 3", "\"ops\": 10", "\"link\": \"tls\"", "\"topology\": \"CHORD-RELOAD\"",
                "\"fetch_success\": 1.000", "\"stabilized\": true");
        assertThat(number(json, "fetch_p99_ms")).isGreaterThanOrEqualTo(number(json, "fetch_p50_ms")).isPositive();
        assertThat(number(json, "concurrent_fetch_ops_per_s")).isPositive();
        assertThat(number(json, "heap_mb")).isPositive();
        assertThat(Files.size(trace)).isGreaterThan(24);
    }

    @Test
    void loss_without_datagrams_is_refused_as_bad_input() {
        CliRun run = CliRun.run("", "bench", "cluster", "--nodes", "3", "--ops", "10", "--loss", "0.1", "--json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--link dtls");
        assertThat(run.out()).isEmpty();
    }

    private static double number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": ([0-9.]+)").matcher(json);
        assertThat(m.find()).as(field).isTrue();
        return Double.parseDouble(m.group(1));
    }
}

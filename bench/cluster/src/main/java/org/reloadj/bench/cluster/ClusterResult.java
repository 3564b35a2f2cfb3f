package org.reloadj.bench.cluster;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.LinkedHashMap;

/**
 * The figures of one cluster benchmark run; {@link #toJson()} is what {@code --json} prints.
 *
 * @param options       what was run
 * @param topology      the topology plug-in the nodes used
 * @param startupSeconds from the first node's start to an overlay whose every node knows its ring
 *                      neighbors (or to the stabilization timeout, see {@code stabilized})
 * @param stabilized    whether every node knew its ring predecessor and successor in time
 * @param store         the measured stores
 * @param sequential    the measured fetches, one at a time
 * @param concurrent    the measured fetches, {@code concurrency} in flight
 * @param fetchCpuMicros the CPU time of the whole JVM during the concurrent phase, per fetch: the
 *                      work a fetch costs, whatever else the machine runs
 * @param meanHops      links a fetch request crossed on average in the sequential phase
 * @param joinMs        how long one more node took to join the stable overlay of {@code nodes}
 *                      (start, links, Attach, Join, Updates) until its topology said it joined
 * @param heapMb        the heap in use after a full collection, with the overlay up
 */
public record ClusterResult(ClusterOptions options, String topology, double startupSeconds, boolean stabilized,
        Phase store, Phase sequential, Phase concurrent, double fetchCpuMicros, double meanHops, double joinMs, double heapMb) {
    /** Whether every value was stored and came back from every measured fetch. */
    public boolean allFetched() {
        return sequential.successes() == options.ops() && concurrent.successes() == options.ops();
    }

    /** One JSON object, its keys always in this order. */
    public String toJson() {
        StringJoiner json = new StringJoiner(", ", "{", "}");
        fields().forEach((key, value) -> json.add("\"" + key + "\": " + literal(value)));
        return json.toString();
    }

    /** One {@code key: value} line per figure. */
    public String toText() {
        StringJoiner text = new StringJoiner(System.lineSeparator());
        fields().forEach((key, value) -> text.add(key + ": " + value));
        return text.toString();
    }

    private Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nodes", options.nodes());
        fields.put("ops", options.ops());
        fields.put("warmup_ops", options.warmupOps());
        fields.put("link", options.link().name().toLowerCase(Locale.ROOT));
        fields.put("loss", options.loss());
        fields.put("signature", options.signature().name());
        fields.put("value_bytes", options.valueBytes());
        fields.put("concurrency", options.concurrency());
        fields.put("topology", topology);
        fields.put("startup_s", startupSeconds);
        fields.put("stabilized", stabilized);
        fields.put("store_p50_ms", store.latencies().percentileMillis(0.5));
        fields.put("store_p99_ms", store.latencies().percentileMillis(0.99));
        fields.put("store_success", store.successShare());
        fields.put("fetch_p50_ms", sequential.latencies().percentileMillis(0.5));
        fields.put("fetch_p90_ms", sequential.latencies().percentileMillis(0.90));
        fields.put("fetch_p99_ms", sequential.latencies().percentileMillis(0.99));
        // over the values meant to be stored: a value whose Store failed counts as not fetched
        fields.put("fetch_success", (sequential.successes() + concurrent.successes()) / (2.0 * options.ops()));
        fields.put("sequential_fetch_ops_per_s", sequential.opsPerSecond());
        fields.put("concurrent_fetch_ops_per_s", concurrent.opsPerSecond());
        fields.put("concurrent_fetch_p50_ms", concurrent.latencies().percentileMillis(0.5));
        fields.put("concurrent_fetch_p99_ms", concurrent.latencies().percentileMillis(0.99));
        fields.put("fetch_cpu_us", fetchCpuMicros);
        // what the machine's cores could do on fetches alone at that cost per fetch
        fields.put("cpu_bound_fetch_ops_per_s", fetchCpuMicros == 0 ? 0
                : Runtime.getRuntime().availableProcessors() * 1e6 / fetchCpuMicros);
        fields.put("mean_hops", meanHops);
        fields.put("join_ms", joinMs);
        fields.put("heap_mb", heapMb);
        return fields;
    }

    private static String literal(Object value) {
        if (value instanceof String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }
        return String.valueOf(value);
    }
}

package org.reloadj.sim;

import java.time.Duration;

/**
 * The figures of one simulation run.
 *
 * @param options            what was run
 * @param lookups            the lookups sent
 * @param successRate        the share of lookups that reached the responsible peer
 * @param meanHops           the mean hop count of the successful lookups
 * @param p99Hops            their 99th percentile
 * @param lookupFailures     lookups that got an error or no answer
 * @param wrongResponder     lookups answered by a peer not responsible for the id
 * @param stored             items whose Store was answered
 * @param lost               stored items not fetchable at the end
 * @param churnFailures      peers that failed under churn (each replaced by a new one)
 * @param unjoined           live peers not joined at the end
 * @param maintenancePerNode overlay-maintenance requests per peer per second during the workload
 * @param framesPerNode      frames (every message on every link) per peer per second during the workload
 * @param virtualSeconds     the virtual time simulated
 * @param wallSeconds        the wall-clock time it took
 * @param cpuSeconds         the processor time of the simulation's thread (garbage collection not counted)
 * @param heapMegabytes      the heap in use after a garbage collection at the end, the ring still alive
 */
public record SimResult(SimOptions options, long lookups, double successRate, double meanHops, int p99Hops,
        long lookupFailures, long wrongResponder, int stored, int lost, int churnFailures, int unjoined,
        double maintenancePerNode, double framesPerNode, double virtualSeconds, double wallSeconds,
        double cpuSeconds, long heapMegabytes) {

    /** The path length goal of the issue: half of log2 of the nodes, plus one (the Chord paper's). */
    public double hopsGoal() {
        return 0.5 * Math.log(options.nodes()) / Math.log(2) + 1;
    }

    /** The figures as one JSON object, on one line. */
    public String toJson() {
        return figures().toString();
    }

    /** The figures one a line, {@code name: value}. */
    public String toText() {
        return figures().toLines();
    }

    private Json figures() {
        return new Json().put("nodes", options.nodes()).put("lookups", lookups).put("success_rate", successRate)
                .put("mean_hops", meanHops).put("p99_hops", p99Hops).put("hops_goal", hopsGoal())
                .put("lookup_failures", lookupFailures).put("wrong_responder", wrongResponder)
                .put("items", options.items()).put("stored", stored).put("lost", lost)
                .put("churn_median_s", options.churnMedian().map(Duration::toSeconds))
                .put("churn_failures", churnFailures).put("unjoined", unjoined)
                .put("maintenance_msgs_per_node_per_s", maintenancePerNode)
                .put("frames_per_node_per_s", framesPerNode)
                .put("duration_s", options.duration().toSeconds()).put("virtual_s", virtualSeconds)
                .put("wall_s", wallSeconds).put("cpu_s", cpuSeconds).put("heap_mb", heapMegabytes)
                .put("seed", options.seed()).put("latency_ms", options.latency().toMillis())
                .put("security", options.security().description());
    }
}

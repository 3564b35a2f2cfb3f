package org.reloadj.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reloadj.sim.SimOptions;
import org.reloadj.sim.SimResult;
import org.reloadj.sim.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reloadj sim}: runs the simulator (issue 6), N real nodes with CHORD-RELOAD over the
 * in-memory network on virtual time, and prints its figures: one JSON object with {@code --json},
 * one figure a line otherwise. Progress lines go to standard error.
 */
@Command(name = "sim", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate an overlay of real ReloadJ nodes with CHORD-RELOAD (RFC 6940, 10) on virtual time:",
            "grow a ring through the real join procedure, store items, run random lookups (and churn),",
            "then fetch the items back. Nodes sign with a shared HMAC key unless --security ecdsa."})
public final class SimCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Option(names = "--nodes", required = true, paramLabel = "N", description = "The peers of the ring.")
    private int nodes;

    @Option(names = "--lookups", paramLabel = "L", description = "Random lookups (default: as many as nodes).")
    private Integer lookups;

    @Option(names = "--items", paramLabel = "I",
            description = "Items stored before the workload and fetched after it (default: min(N, 1000)).")
    private Integer items;

    @Option(names = "--churn-median-s", paramLabel = "S",
            description = "Churn: exponential session times with this median, in seconds (default: no churn).")
    private Long churnMedianSeconds;

    @Option(names = "--duration-s", defaultValue = "600", paramLabel = "D",
            description = "Virtual seconds of workload, lookups spread over them (default ${DEFAULT-VALUE}).")
    private long durationSeconds;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "X",
            description = "The seed: the same seed gives the same figures (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--latency-ms", defaultValue = "10", paramLabel = "MS",
            description = "One-way latency of every link, in milliseconds (default ${DEFAULT-VALUE}).")
    private long latencyMillis;

    @Option(names = "--join-wave", defaultValue = "20", paramLabel = "W",
            description = "How many nodes join at once while the ring grows (default ${DEFAULT-VALUE}).")
    private int joinWave;

    @Option(names = "--update-interval-s", defaultValue = "600", paramLabel = "S",
            description = "chord-update-interval, in seconds (default ${DEFAULT-VALUE}, the RFC's).")
    private long updateIntervalSeconds;

    @Option(names = "--security", defaultValue = "shared-key", paramLabel = "KIND",
            description = "shared-key (HMAC-SHA256, simulation only; default) or ecdsa (certificates of an overlay CA: "
                    + "real signatures, for small runs).")
    private String security;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Option(names = "--quiet", description = "No progress lines on standard error.")
    private boolean quiet;

    /** The command, printing to {@code terminal}. */
    public SimCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        SimOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            terminal.err().println("reloadj sim: " + e.getMessage());
            return Terminal.EXIT_BAD_INPUT;
        }
        SimResult result = Simulation.run(options, line -> {
            if (!quiet) {
                terminal.err().println(line);
            }
        });
        terminal.out().println(json ? result.toJson() : result.toText());
        terminal.out().flush();
        return Terminal.EXIT_OK;
    }

    private SimOptions options() {
        SimOptions.Builder b = SimOptions.builder(nodes).duration(Duration.ofSeconds(durationSeconds)).seed(seed)
                .latency(Duration.ofMillis(latencyMillis)).joinWave(joinWave)
                .updateInterval(Duration.ofSeconds(updateIntervalSeconds)).security(securityMode());
        if (lookups != null) {
            b.lookups(lookups);
        }
        if (items != null) {
            b.items(items);
        }
        if (churnMedianSeconds != null) {
            b.churn(Duration.ofSeconds(churnMedianSeconds));
        }
        return b.build();
    }

    private SimOptions.Security securityMode() {
        switch (security.toLowerCase(Locale.ROOT)) {
            case "shared-key":
                return SimOptions.Security.SHARED_KEY;
            case "ecdsa":
                return SimOptions.Security.ECDSA;
            default:
                throw new IllegalArgumentException("--security is shared-key or ecdsa, not " + security);
        }
    }
}

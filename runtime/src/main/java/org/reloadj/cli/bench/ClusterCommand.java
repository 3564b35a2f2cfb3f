package org.reloadj.cli.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reloadj.bench.cluster.ClusterBenchmark;
import org.reloadj.bench.cluster.ClusterOptions;
import org.reloadj.bench.cluster.ClusterResult;
import org.reloadj.cli.Terminal;
import org.reloadj.security.KeyAlgorithm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reloadj bench cluster}: an overlay of real nodes in this JVM on 127.0.0.1 (TLS or DTLS
 * links, certificates of an in-process CA, signatures, CHORD-RELOAD joins), stored into and fetched
 * from; prints its figures, one JSON object with {@code --json}. Progress goes to standard error.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start N real nodes in this JVM on 127.0.0.1 with real links, certificates and signatures,",
            "join them with CHORD-RELOAD, store M values from random nodes, fetch each from another random node",
            "(one at a time, then C in flight), and print latencies and throughput. Warm-up is not measured."})
public final class ClusterCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Option(names = "--nodes", required = true, paramLabel = "N", description = "The nodes of the overlay.")
    private int nodes;

    @Option(names = "--ops", required = true, paramLabel = "M", description = "Values stored, then fetched.")
    private int ops;

    @Option(names = "--link", defaultValue = "tls", paramLabel = "tls|dtls",
            description = "The overlay link protocol (default ${DEFAULT-VALUE}).")
    private String link;

    @Option(names = "--loss", defaultValue = "0", paramLabel = "P",
            description = "Drop this share of datagrams at the sender (dtls only; default ${DEFAULT-VALUE}).")
    private double loss;

    @Option(names = "--concurrency", defaultValue = "16", paramLabel = "C",
            description = "Fetches in flight in the concurrent phase (default ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--signature", defaultValue = "ecdsa", paramLabel = "rsa|ecdsa",
            description = "Key algorithm of the CA and the nodes: rsa (RSA-2048) or ecdsa (P-256; default).")
    private String signature;

    @Option(names = "--value-bytes", defaultValue = "100", paramLabel = "B",
            description = "Size of each value (default ${DEFAULT-VALUE}).")
    private int valueBytes;

    @Option(names = "--trace", paramLabel = "FILE", description = "Write every message sent to this pcap file.")
    private Path trace;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "X", description = "Seed of the random choices.")
    private long seed;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Option(names = "--quiet", description = "No progress lines on standard error.")
    private boolean quiet;

    /** The command, printing to {@code terminal}. */
    public ClusterCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        ClusterOptions options;
        try {
            options = new ClusterOptions(nodes, ops, ClusterOptions.Link.valueOf(link.toUpperCase(Locale.ROOT)), loss,
                    concurrency, algorithm(signature), valueBytes, Optional.ofNullable(trace), seed);
        } catch (IllegalArgumentException e) {
            terminal.err().println("reloadj bench cluster: " + e.getMessage());
            return Terminal.EXIT_BAD_INPUT;
        }
        ClusterResult result = ClusterBenchmark.run(options, step -> {
            if (!quiet) {
                terminal.err().println("bench cluster: " + step);
            }
        });
        terminal.out().println(json ? result.toJson() : result.toText());
        return result.allFetched() ? Terminal.EXIT_OK : 1;
    }

    private static KeyAlgorithm algorithm(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "rsa":
                return KeyAlgorithm.RSA_2048;
            case "ecdsa":
                return KeyAlgorithm.ECDSA_P256;
            default:
                throw new IllegalArgumentException("--signature is rsa or ecdsa: " + name);
        }
    }
}

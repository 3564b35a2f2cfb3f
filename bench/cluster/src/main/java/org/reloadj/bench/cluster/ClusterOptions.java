package org.reloadj.bench.cluster;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.security.KeyAlgorithm;

/**
 * What a cluster benchmark runs.
 *
 * @param nodes       how many nodes the overlay has, at least 2
 * @param ops         how many values are stored and then fetched, at least 1
 * @param link        the overlay link protocol
 * @param loss        the share of datagrams dropped at the sender (DTLS only), 0..1
 * @param concurrency how many fetches are in flight in the concurrent phase, at least 1
 * @param signature   the key algorithm of the CA and of every node (RFC 6940, 7.1, 11.3)
 * @param valueBytes  the size of each stored value
 * @param trace       a pcap file to write every message sent to, if any
 * @param seed        the seed of every random choice
 */
public record ClusterOptions(int nodes, int ops, Link link, double loss, int concurrency, KeyAlgorithm signature,
        int valueBytes, Optional<Path> trace, long seed) {
    /** The overlay link protocols (RFC 6940, 6.6). */
    public enum Link {
        /** TLS-TCP-FH-NO-ICE. */
        TLS,
        /** DTLS-UDP-SR-NO-ICE. */
        DTLS
    }

    /** Checks the values. */
    public ClusterOptions {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(trace, "trace");
        if (nodes < 2) {
            throw new IllegalArgumentException("an overlay of at least 2 nodes: " + nodes);
        }
        if (ops < 1 || concurrency < 1 || valueBytes < 1) {
            throw new IllegalArgumentException("ops, concurrency and value bytes are at least 1");
        }
        if (loss < 0 || loss >= 1) {
            throw new IllegalArgumentException("loss is a share in [0, 1): " + loss);
        }
        if (loss > 0 && link != Link.DTLS) {
            throw new IllegalArgumentException("--loss drops datagrams: it needs --link dtls");
        }
    }

    /** The warm-up operations, stored and fetched before measuring and left out of every figure. */
    public int warmupOps() {
        return Math.max(5, Math.min(100, ops / 5));
    }
}

package org.reloadj.topology.chord;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Duration;
import java.util.List;
import org.reloadj.api.NodeId;

/**
 * The formulas of self-tuning Chord (RFC 7363, 6): the network size from the spacing of the
 * neighbourhood, the table sizes it implies, the failure and join rates, and the stabilization
 * interval they give.
 */
final class SelfTuning {
    /** The lower limit of the stabilization interval (6.6: "a lower limit of 15 s is RECOMMENDED"). */
    static final Duration MIN_INTERVAL = Duration.ofSeconds(15);

    private SelfTuning() {
    }

    /**
     * The estimated network size N (6.1): 2^k / d, where d is the average distance between
     * successive peers from the most distant predecessor, through this node, to the most distant
     * successor. 1 when the node knows no peer.
     */
    static double networkSize(Ring ring, NodeId self, Neighbors neighbors) {
        List<NodeId> preds = neighbors.predecessors();
        List<NodeId> succs = neighbors.successors();
        if (preds.isEmpty() || succs.isEmpty()) {
            return 1;
        }
        BigInteger span = ring.distance(preds.get(preds.size() - 1), self)
                .add(ring.distance(self, succs.get(succs.size() - 1)));
        int intervals = preds.size() + succs.size();
        BigDecimal n = new BigDecimal(ring.modulus()).multiply(BigDecimal.valueOf(intervals))
                .divide(new BigDecimal(span), MathContext.DECIMAL64);
        return n.doubleValue();
    }

    /** ceiling(log2(N)), 0 for N <= 1. */
    static int ceilLog2(double n) {
        return n <= 1 ? 0 : (int) Math.ceil(Math.log(n) / Math.log(2));
    }

    /** The finger table size (6.2): max(ceiling(log2(N)), 16). */
    static int fingerTableSize(double n) {
        return Math.max(ceilLog2(n), FingerTable.MIN_SIZE);
    }

    /**
     * The successor and predecessor list size (6.2): ceiling(log2(N)), with the lower limit of
     * three that the base protocol requires (RFC 6940, 10.7) and 6.2 allows.
     */
    static int neighborListSize(double n) {
        return Math.max(ceilLog2(n), RoutingTable.MIN_NEIGHBORS);
    }

    /**
     * The failure rate U = k / (M * Tk) (6.3), per second: k failures observed in Tk seconds by a
     * peer with M distinct peers in its routing table. 0 when M or Tk is not positive.
     */
    static double failureRate(int k, int m, double tkSeconds) {
        return m <= 0 || tkSeconds <= 0 ? 0 : k / (m * tkSeconds);
    }

    /**
     * The join rate L = N / Ages[floor(rsize/2)] (6.4), per second, from the ages in seconds of the
     * peers in the routing table sorted in increasing order. 0 when no age is known.
     */
    static double joinRate(double n, List<Double> sortedAges) {
        if (sortedAges.isEmpty()) {
            return 0;
        }
        double median = sortedAges.get(sortedAges.size() / 2);
        return median <= 0 ? 0 : n / median;
    }

    /**
     * The stabilization interval (6.6): the minimum of Tstab-1 = Tf / log2(N)^2, with
     * Tf = 1 / (2U), and Tstab-2 = N / (L * log2(N)^2), but at least 15 s. A rate of 0 gives no
     * bound; with neither, {@code otherwise} is used. log2(N)^2 is taken as at least 1, so a tiny
     * overlay does not divide by zero.
     */
    static Duration stabilizationInterval(double n, double failureRate, double joinRate, Duration otherwise) {
        double log2n = Math.log(Math.max(n, 1)) / Math.log(2);
        double logSquared = Math.max(1, log2n * log2n);
        double seconds = Double.POSITIVE_INFINITY;
        if (failureRate > 0) {
            double tf = 1 / (2 * failureRate);
            seconds = tf / logSquared;
        }
        if (joinRate > 0) {
            seconds = Math.min(seconds, n / (joinRate * logSquared));
        }
        if (Double.isInfinite(seconds)) {
            return otherwise;
        }
        Duration d = Duration.ofMillis((long) Math.min(seconds * 1000, Long.MAX_VALUE / 2));
        return d.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : d;
    }
}

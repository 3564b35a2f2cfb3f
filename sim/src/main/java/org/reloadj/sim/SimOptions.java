package org.reloadj.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one simulation run does: how many nodes join, the workload, the churn, the network and the
 * security, and the seed every random choice follows. Built with {@link #builder(int)}.
 *
 * @param nodes          the peers of the ring, all joined through the real join procedure
 * @param lookups        the random lookups (Fetches to random Resource-IDs from random peers)
 * @param items          the items stored before the workload and fetched after it
 * @param churnMedian    the median session time of churn; empty for a stable ring
 * @param duration       the virtual time the workload runs (lookups spread evenly over it)
 * @param seed           the seed of every random choice: the same seed gives the same run
 * @param latency        the one-way latency of every link of the in-memory network
 * @param security       message and stored-data signatures
 * @param joinWave       how many nodes join at once while the ring grows
 * @param updateInterval chord-update-interval (RFC 6940, 10.7.4.1, 11.1)
 */
public record SimOptions(int nodes, int lookups, int items, Optional<Duration> churnMedian, Duration duration,
        long seed, Duration latency, Security security, int joinWave, Duration updateInterval) {

    /** The kinds of signature a simulation can use. */
    public enum Security {
        /**
         * HMAC-SHA256 with a key every node shares, over the inputs of the real signatures: cheap
         * enough for 10,000 nodes and more, but it proves nothing about identities. The default.
         */
        SHARED_KEY("shared-key HMAC-SHA256 (simulation only)"),
        /**
         * Real certificates of an overlay CA and ECDSA P-256 signatures, as a real overlay signs
         * (RFC 6940, 11.3): for small runs, since every message costs a signature and a check.
         */
        ECDSA("ECDSA P-256 with certificates of an overlay CA");

        private final String description;

        Security(String description) {
            this.description = description;
        }

        /** What the nodes sign with, for the report. */
        public String description() {
            return description;
        }
    }

    /** Checks the values. */
    public SimOptions {
        if (nodes < 1 || lookups < 0 || items < 0 || joinWave < 1) {
            throw new IllegalArgumentException("nodes and the join wave are positive, lookups and items not negative");
        }
        if (items > nodes * (long) Items.PER_NODE) {
            throw new IllegalArgumentException("at most " + Items.PER_NODE + " items per node");
        }
        Objects.requireNonNull(churnMedian, "churnMedian");
        churnMedian.ifPresent(m -> positive(m, "the churn median"));
        positive(duration, "the duration");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("the latency is not negative");
        }
        Objects.requireNonNull(security, "security");
        positive(updateInterval, "chord-update-interval");
    }

    private static void positive(Duration d, String what) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
    }

    /** A builder for a ring of {@code nodes} peers, with the defaults. */
    public static Builder builder(int nodes) {
        return new Builder(nodes);
    }

    /** Whether churn runs. */
    public boolean churn() {
        return churnMedian.isPresent();
    }

    /**
     * Builds {@link SimOptions}. Defaults: as many lookups as nodes, min(nodes, 1000) items, no
     * churn, ten minutes of workload, seed 1, 10 ms latency, shared-key signatures, waves of 20
     * joins, chord-update-interval 600 s (the RFC's default).
     */
    public static final class Builder {
        private final int nodes;
        private int lookups;
        private int items;
        private Duration churnMedian;
        private Duration duration = Duration.ofMinutes(10);
        private long seed = 1;
        private Duration latency = Duration.ofMillis(10);
        private Security security = Security.SHARED_KEY;
        private int joinWave = 20;
        private Duration updateInterval = Duration.ofSeconds(600);

        private Builder(int nodes) {
            this.nodes = nodes;
            this.lookups = nodes;
            this.items = Math.min(nodes, 1000);
        }

        /** The number of lookups. */
        public Builder lookups(int value) {
            this.lookups = value;
            return this;
        }

        /** The number of items stored and checked. */
        public Builder items(int value) {
            this.items = value;
            return this;
        }

        /** Churn with this median session time. */
        public Builder churn(Duration median) {
            this.churnMedian = median;
            return this;
        }

        /** The virtual time of the workload. */
        public Builder duration(Duration value) {
            this.duration = value;
            return this;
        }

        /** The seed. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** The one-way link latency. */
        public Builder latency(Duration value) {
            this.latency = value;
            return this;
        }

        /** The signatures. */
        public Builder security(Security value) {
            this.security = value;
            return this;
        }

        /** How many nodes join at once. */
        public Builder joinWave(int value) {
            this.joinWave = value;
            return this;
        }

        /** chord-update-interval. */
        public Builder updateInterval(Duration value) {
            this.updateInterval = value;
            return this;
        }

        /** The options. */
        public SimOptions build() {
            return new SimOptions(nodes, lookups, items, Optional.ofNullable(churnMedian), duration, seed, latency,
                    security, joinWave, updateInterval);
        }
    }
}

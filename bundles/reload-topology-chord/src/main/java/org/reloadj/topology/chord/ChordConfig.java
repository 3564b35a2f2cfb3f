package org.reloadj.topology.chord;

import java.time.Duration;
import java.util.Map;

/**
 * The algorithm's parameters from the overlay configuration (RFC 6940, 11.1; RFC 7363, 7), read
 * from {@link org.reloadj.api.topology.TopologyContext#parameters()} by element name.
 *
 * @param updateInterval {@code chord-update-interval}: between Updates to the neighbours
 *                       (10.7.4.1; ten minutes when absent)
 * @param pingInterval   {@code chord-ping-interval}: the least time between searches for finger
 *                       entries (10.7.4.2; one hour when absent)
 * @param reactive       {@code chord-reactive}: reactive recovery (10; true when absent)
 * @param selfTuning     {@code self-tuning}: RFC 7363's adaptive stabilization (false when absent)
 * @param peersToProbe   {@code number-of-peers-to-probe} (RFC 7363, 7; 4 when absent)
 * @param partitionCheckInterval {@code chord-partition-check-interval}: between looks for a
 *                       partition (10.7.4.4, which says only "periodically"; chord-ping-interval
 *                       when absent)
 */
record ChordConfig(Duration updateInterval, Duration pingInterval, boolean reactive, boolean selfTuning,
        int peersToProbe, Duration partitionCheckInterval) {
    /** chord-update-interval. */
    static final String UPDATE_INTERVAL = "chord-update-interval";
    /** chord-ping-interval. */
    static final String PING_INTERVAL = "chord-ping-interval";
    /** chord-reactive. */
    static final String REACTIVE = "chord-reactive";
    /** Turns RFC 7363's self-tuning on. */
    static final String SELF_TUNING = "self-tuning";
    /** RFC 7363, 7. */
    static final String PEERS_TO_PROBE = "number-of-peers-to-probe";
    /** Not an element of RFC 6940: how often a peer looks for a partition (10.7.4.4). */
    static final String PARTITION_CHECK_INTERVAL = "chord-partition-check-interval";

    /** Checks the values. */
    ChordConfig {
        if (!isPositive(updateInterval) || !isPositive(pingInterval) || !isPositive(partitionCheckInterval)) {
            throw new IllegalArgumentException("the Chord intervals must be positive");
        }
        if (peersToProbe < 0) {
            throw new IllegalArgumentException("number-of-peers-to-probe must not be negative: " + peersToProbe);
        }
    }

    /**
     * The parameters named in {@code parameters}, the RFC's defaults for those absent.
     *
     * @throws IllegalArgumentException when a value is malformed
     */
    static ChordConfig from(Map<String, String> parameters) {
        Duration ping = seconds(parameters, PING_INTERVAL, 3600);
        return new ChordConfig(seconds(parameters, UPDATE_INTERVAL, 600), ping, bool(parameters, REACTIVE, true),
                bool(parameters, SELF_TUNING, false), (int) number(parameters, PEERS_TO_PROBE, 4),
                seconds(parameters, PARTITION_CHECK_INTERVAL, ping.toSeconds()));
    }

    /** These parameters with self-tuning forced on (the CHORD-SELF-TUNING algorithm, RFC 7363, 9.2). */
    ChordConfig withSelfTuning() {
        return new ChordConfig(updateInterval, pingInterval, reactive, true, peersToProbe, partitionCheckInterval);
    }

    /**
     * Whether a change of the neighbour table is announced at once (10.7.3); RFC 7363 (5) uses
     * periodic recovery only.
     */
    boolean reactiveRecovery() {
        return reactive && !selfTuning;
    }

    private static boolean isPositive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    private static Duration seconds(Map<String, String> parameters, String name, long absent) {
        return Duration.ofSeconds(number(parameters, name, absent));
    }

    private static long number(Map<String, String> parameters, String name, long absent) {
        String v = parameters.get(name);
        if (v == null) {
            return absent;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + v, e);
        }
    }

    private static boolean bool(Map<String, String> parameters, String name, boolean absent) {
        String v = parameters.get(name);
        if (v == null) {
            return absent;
        }
        String t = v.trim();
        if (t.equals("true") || t.equals("1")) {
            return true;
        }
        if (t.equals("false") || t.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException(name + " is not a boolean: " + v);
    }
}

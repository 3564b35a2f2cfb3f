package org.reloadj.usage.turn;

import java.time.Duration;
import java.util.Objects;

/**
 * How a node advertises and looks for TURN servers (RFC 6940, 9), from the overlay's configuration
 * and the operator's choices.
 *
 * @param turnDensity           the configuration's turn-density (11.1): how many times each TURN
 *                              server records itself; 0 when the overlay has no TURN servers
 * @param maxIteration          the kind's max-node-multiple (7.3.4): iterations above it would be
 *                              refused, so they are not stored
 * @param lifetime              how long an advertisement lives; advertise again before it ends
 * @param attemptsPerServer     how many random Resource-IDs discovery probes for each server wanted
 * @param allowPrivateAddresses whether a private, loopback or link-local address may be advertised
 *                              (9: such a peer "SHOULD NOT be a candidate for a TURN server"),
 *                              for test and lab overlays
 */
public record TurnSettings(int turnDensity, int maxIteration, Duration lifetime, int attemptsPerServer,
        boolean allowPrivateAddresses) {
    /** turn-density when the configuration does not say (11.1). */
    public static final int DEFAULT_TURN_DENSITY = 1;
    /** The default lifetime of an advertisement. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    /** The default number of probes for each server wanted. */
    public static final int DEFAULT_ATTEMPTS = 5;

    /** Checks the values: turn-density is an unsignedByte (11.1.1), the others positive. */
    public TurnSettings {
        Objects.requireNonNull(lifetime, "lifetime");
        if (turnDensity < 0 || turnDensity > 255) {
            throw new IllegalArgumentException("turn-density is 0 to 255: " + turnDensity);
        }
        if (maxIteration < 1 || attemptsPerServer < 1 || lifetime.isNegative() || lifetime.isZero()
                || lifetime.getSeconds() > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("max iteration, attempts and lifetime must be positive (lifetime a uint32 of seconds)");
        }
    }

    /** The defaults: turn-density 1, max iteration 20, one hour, five probes, public addresses only. */
    public static TurnSettings defaults() {
        return new TurnSettings(DEFAULT_TURN_DENSITY, TurnServiceUsage.MAX_ITERATION, DEFAULT_LIFETIME, DEFAULT_ATTEMPTS,
                false);
    }

    /** These settings with the configuration's turn-density. */
    public TurnSettings withTurnDensity(int value) {
        return new TurnSettings(value, maxIteration, lifetime, attemptsPerServer, allowPrivateAddresses);
    }

    /** These settings with the kind's max-node-multiple. */
    public TurnSettings withMaxIteration(int value) {
        return new TurnSettings(turnDensity, value, lifetime, attemptsPerServer, allowPrivateAddresses);
    }

    /** These settings allowing private addresses. */
    public TurnSettings allowingPrivateAddresses() {
        return new TurnSettings(turnDensity, maxIteration, lifetime, attemptsPerServer, true);
    }

    /** The iterations stored: 1 to turn-density, at most the max iteration. */
    public int iterations() {
        return Math.min(turnDensity, maxIteration);
    }
}

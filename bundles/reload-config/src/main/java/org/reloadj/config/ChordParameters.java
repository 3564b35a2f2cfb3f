package org.reloadj.config;

/**
 * The CHORD-RELOAD parameters of a configuration (RFC 6940, 10.7.4 and 11.1), in the namespace
 * {@link ConfigNamespaces#CHORD}.
 *
 * @param updateInterval {@code chord-update-interval}: seconds between Updates to the neighbors
 *                       (10.7.4.1: "about every ten minutes" when absent)
 * @param pingInterval   {@code chord-ping-interval}: the least number of seconds between Pings
 *                       for finger entries (10.7.4.2: 3600 when absent)
 * @param reactive       {@code chord-reactive}: reactive recovery (true when absent)
 */
public record ChordParameters(int updateInterval, int pingInterval, boolean reactive) {
    /** The update interval when the element is absent: ten minutes. */
    public static final int DEFAULT_UPDATE_INTERVAL = 600;
    /** The ping interval when the element is absent: one hour. */
    public static final int DEFAULT_PING_INTERVAL = 3600;
    /** The parameters when every Chord element is absent. */
    public static final ChordParameters DEFAULTS =
            new ChordParameters(DEFAULT_UPDATE_INTERVAL, DEFAULT_PING_INTERVAL, true);

    /** These parameters with another update interval. */
    public ChordParameters withUpdateInterval(int seconds) {
        return new ChordParameters(seconds, pingInterval, reactive);
    }

    /** These parameters with another ping interval. */
    public ChordParameters withPingInterval(int seconds) {
        return new ChordParameters(updateInterval, seconds, reactive);
    }

    /** These parameters with reactive recovery on or off. */
    public ChordParameters withReactive(boolean on) {
        return new ChordParameters(updateInterval, pingInterval, on);
    }
}

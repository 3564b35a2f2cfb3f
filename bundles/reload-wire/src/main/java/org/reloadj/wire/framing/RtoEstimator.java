package org.reloadj.wire.framing;

import java.time.Duration;
import java.util.Optional;

/**
 * The retransmission timeout of one link from its round-trip times (RFC 6940, 6.6.3.1 and 6.6.5,
 * after RFC 6298, section 2): the first sample sets SRTT = R and RTTVAR = R/2, later ones
 * RTTVAR = 3/4 RTTVAR + 1/4 |SRTT - R| and SRTT = 7/8 SRTT + 1/8 R, and
 * RTO = SRTT + max(G, 4 RTTVAR) with a clock granularity G of 1 ms. As RELOAD asks, the RTO is
 * rounded up to the millisecond, not to the second; it is kept between a floor and a ceiling, and
 * {@link #backOff()} doubles it after a timeout (RFC 6298, 5.5).
 *
 * <p>Not thread-safe: one link uses it.
 */
public final class RtoEstimator {
    private static final long GRANULARITY = Duration.ofMillis(1).toNanos();
    private static final long MILLI = GRANULARITY;

    private final long floor;
    private final long ceiling;
    private long rto;
    private long srtt = -1;
    private long rttvar;

    /**
     * An estimator whose RTO is {@code initial} until the first sample (500 ms is RELOAD's
     * default), and never below {@code floor} nor above {@code ceiling}.
     */
    public RtoEstimator(Duration initial, Duration floor, Duration ceiling) {
        this.floor = floor.toNanos();
        this.ceiling = ceiling.toNanos();
        if (this.floor <= 0 || this.floor > this.ceiling) {
            throw new IllegalArgumentException("RTO bounds " + floor + ".." + ceiling);
        }
        this.rto = clamp(initial.toNanos());
    }

    /** Takes one round-trip time measurement (from a data frame's sending to its ack). */
    public void sample(Duration rtt) {
        long r = Math.max(0, rtt.toNanos());
        if (srtt < 0) {
            srtt = r;
            rttvar = r / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - r)) / 4;
            srtt = (7 * srtt + r) / 8;
        }
        rto = clamp(srtt + Math.max(GRANULARITY, 4 * rttvar));
    }

    /** Doubles the RTO after a retransmission timeout, up to the ceiling. */
    public void backOff() {
        rto = clamp(rto > ceiling / 2 ? ceiling : 2 * rto);
    }

    /** The current retransmission timeout, whole milliseconds. */
    public Duration rto() {
        return Duration.ofNanos(rto);
    }

    /** The smoothed round-trip time, once measured. */
    public Optional<Duration> smoothedRtt() {
        return srtt < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(srtt));
    }

    private long clamp(long nanos) {
        long rounded = (nanos + MILLI - 1) / MILLI * MILLI;
        return Math.min(ceiling, Math.max(floor, rounded));
    }
}

package org.reloadj.wire.framing;

import java.util.OptionalLong;

/**
 * The sender's memory of its recent data frames on one link (RFC 6940, 6.6.2: "if the sender also
 * keeps track of the time at which recent sequence numbers have been sent, the RTT can be
 * estimated"): when each of the last frames was sent and whether an ack said it arrived. Times
 * are in nanoseconds of any monotonic clock.
 *
 * <p>Bounded: the oldest entry is forgotten when a new frame needs its place. Not thread-safe.
 */
public final class SentFrames {
    private final long[] sequences;
    private final long[] times;
    private final boolean[] acked;
    private int count;
    private int next;

    /** Remembers the last {@code capacity} frames. */
    public SentFrames(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        sequences = new long[capacity];
        times = new long[capacity];
        acked = new boolean[capacity];
    }

    /** Records that data frame {@code sequence} left at {@code nanos}. */
    public void sent(long sequence, long nanos) {
        sequences[next] = sequence;
        times[next] = nanos;
        acked[next] = false;
        next = (next + 1) % sequences.length;
        count = Math.min(count + 1, sequences.length);
    }

    /**
     * Marks every remembered frame {@code ack} acknowledges; returns the round trip of the frame it
     * names when that frame is remembered and was not acknowledged before (every ack counts, also
     * of retransmissions, as 6.6.3.1 says).
     */
    public OptionalLong acknowledge(FramedMessage.Ack ack, long nowNanos) {
        OptionalLong rtt = OptionalLong.empty();
        for (int i = 0; i < count; i++) {
            if (!acked[i] && ack.acknowledges(sequences[i])) {
                acked[i] = true;
                if (sequences[i] == ack.ackSequence()) {
                    rtt = OptionalLong.of(Math.max(0, nowNanos - times[i]));
                }
            }
        }
        return rtt;
    }

    /** When the oldest remembered frame still unacknowledged was sent. */
    public OptionalLong oldestUnacknowledged() {
        long oldest = Long.MAX_VALUE;
        boolean any = false;
        for (int i = 0; i < count; i++) {
            if (!acked[i] && (!any || times[i] - oldest < 0)) {
                oldest = times[i];
                any = true;
            }
        }
        return any ? OptionalLong.of(oldest) : OptionalLong.empty();
    }
}

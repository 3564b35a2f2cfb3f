package org.reloadj.sim;

/**
 * The outcome of the lookups: how many were sent, how many reached the responsible peer, and the
 * distribution of their hop counts.
 */
final class LookupStats {
    private static final int MAX_HOPS = 256;

    private final long[] hops = new long[MAX_HOPS + 1];
    private long sent;
    private long right;
    private long wrong;
    private long failed;

    /** A lookup was sent. */
    void sent() {
        sent++;
    }

    /** A lookup was answered by the responsible peer after {@code hopCount} hops. */
    void right(int hopCount) {
        right++;
        hops[Math.min(MAX_HOPS, Math.max(0, hopCount))]++;
    }

    /** A lookup was answered by a peer that is not responsible for its id. */
    void wrong() {
        wrong++;
    }

    /** A lookup failed: an error response or no answer in time. */
    void failed() {
        failed++;
    }

    /** The lookups sent. */
    long count() {
        return sent;
    }

    /** The lookups answered by a peer that was not the responsible one. */
    long wrongResponder() {
        return wrong;
    }

    /** The lookups that failed or timed out. */
    long failures() {
        return failed;
    }

    /** The share of lookups sent that reached the responsible peer; 1 when none was sent. */
    double successRate() {
        return sent == 0 ? 1 : (double) right / sent;
    }

    /** The mean hop count of the successful lookups. */
    double meanHops() {
        long total = 0;
        for (int h = 0; h <= MAX_HOPS; h++) {
            total += h * hops[h];
        }
        return right == 0 ? 0 : (double) total / right;
    }

    /** The 99th percentile of the hop counts of the successful lookups. */
    int p99Hops() {
        long rank = (long) Math.ceil(0.99 * right);
        long seen = 0;
        for (int h = 0; h <= MAX_HOPS; h++) {
            seen += hops[h];
            if (seen >= rank && seen > 0) {
                return h;
            }
        }
        return 0;
    }
}

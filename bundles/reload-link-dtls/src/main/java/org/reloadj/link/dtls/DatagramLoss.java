package org.reloadj.link.dtls;

import java.util.SplittableRandom;

/**
 * Decides which outgoing datagrams are lost on purpose, to test and benchmark simple reliability
 * (RFC 6940, 6.6.3) on a lossless loopback. Called from several threads.
 */
@FunctionalInterface
public interface DatagramLoss {
    /** Whether the next datagram is dropped instead of sent. */
    boolean drops();

    /** Loses nothing. */
    static DatagramLoss none() {
        return () -> false;
    }

    /** Loses each datagram with probability {@code share}, seeded. */
    static DatagramLoss random(double share, long seed) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("loss is a share, 0..1: " + share);
        }
        SplittableRandom random = new SplittableRandom(seed);
        return () -> {
            synchronized (random) {
                return random.nextDouble() < share;
            }
        };
    }
}

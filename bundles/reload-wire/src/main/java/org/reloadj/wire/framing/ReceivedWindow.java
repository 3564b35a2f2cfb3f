package org.reloadj.wire.framing;

/**
 * The receiver's side of the framing header (RFC 6940, 6.6.2): remembers the sequence numbers of
 * the 32 frames most recently received on a link and makes the ack for each new one, whose
 * {@code received} bitmask has bit {@code N-M-1} set for each remembered {@code M} with
 * {@code N-32 < M < N} (sequence numbers compared modulo 2^32, as they wrap).
 *
 * <p>Not thread-safe: one link's receive path uses it.
 */
public final class ReceivedWindow {
    private static final int SIZE = 32;

    private final long[] recent = new long[SIZE];
    private int count;
    private int next;

    /** Records that the data frame {@code sequence} arrived and returns the ack to send at once. */
    public FramedMessage.Ack receive(long sequence) {
        int mask = 0;
        for (int i = 0; i < count; i++) {
            long behind = (sequence - recent[i]) & 0xFFFF_FFFFL;
            if (behind >= 1 && behind < SIZE) {
                mask |= 1 << (behind - 1);
            }
        }
        recent[next] = sequence;
        next = (next + 1) % SIZE;
        count = Math.min(count + 1, SIZE);
        return new FramedMessage.Ack(sequence, mask);
    }
}

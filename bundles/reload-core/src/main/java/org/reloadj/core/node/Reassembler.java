package org.reloadj.core.node;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.reloadj.api.Opaque;
import org.reloadj.core.time.Scheduler;
import org.reloadj.core.transaction.AnsweredRequests;
import org.reloadj.wire.message.ForwardingHeader;

/**
 * Puts fragments addressed to this node back together (RFC 6940, 6.7). Fragments are held per
 * transaction id until every byte from offset 0 to the end of the last fragment has arrived; they
 * may come in any order, repeated, or cut differently by a retransmission's path.
 *
 * <p>Buffers are bounded: no message may exceed max-message-size, all incomplete messages together
 * may hold at most the reassembly budget, and an incomplete message is dropped after the maximum
 * request lifetime (15 s). A message that breaks a bound is dropped whole ("if the receiver runs
 * out of buffer space to reassemble a message, it MUST drop the message"). Event-loop confined.
 */
final class Reassembler {
    private final Scheduler scheduler;
    private final int maxMessageSize;
    private final int budget;
    private final DropCounter drops;
    private final Map<Long, Partial> partials = new HashMap<>();
    private int held;

    Reassembler(Scheduler scheduler, int maxMessageSize, int budget, DropCounter drops) {
        this.scheduler = scheduler;
        this.maxMessageSize = maxMessageSize;
        this.budget = budget;
        this.drops = drops;
    }

    /**
     * Adds a fragment received from {@code from}; returns the whole message once its last missing
     * piece arrived, with the header and previous hop of its first fragment.
     */
    Optional<Arrival> add(Envelope fragment, Optional<ConnectionTable.Entry> from) {
        ForwardingHeader h = fragment.header();
        long id = h.transactionId();
        int offset = h.fragmentOffset();
        int length = fragment.rest().length();
        Partial p = partials.get(id);
        if (offset + length > maxMessageSize) {
            return overflow(id, p, "a fragment ends at byte " + (offset + length) + ", beyond max-message-size");
        }
        if (p == null) {
            p = new Partial();
            partials.put(id, p);
            p.timer = scheduler.schedule(AnsweredRequests.REQUEST_LIFETIME, () -> expire(id));
        }
        Opaque previous = p.pieces.get(offset);
        if (previous != null && previous.length() >= length) {
            return Optional.empty();
        }
        int growth = length - (previous == null ? 0 : previous.length());
        if (p.bytes + growth > maxMessageSize || held + growth > budget) {
            return overflow(id, p, "no room for " + length + " more bytes");
        }
        if (h.isLastFragment()) {
            if (p.total >= 0 && p.total != offset + length) {
                return overflow(id, p, "two last fragments disagree on the length");
            }
            p.total = offset + length;
        }
        p.pieces.put(offset, fragment.rest());
        p.bytes += growth;
        held += growth;
        if (offset == 0) {
            p.header = h;
            p.from = from;
        }
        return p.isComplete() ? Optional.of(finish(id, p)) : Optional.empty();
    }

    /** The number of messages being reassembled. */
    int pending() {
        return partials.size();
    }

    /** The bytes held. */
    int held() {
        return held;
    }

    private Arrival finish(long id, Partial p) {
        discard(id, p);
        byte[] whole = new byte[p.total];
        p.pieces.forEach((offset, piece) -> {
            if (offset < p.total) {
                piece.slice(0, Math.min(piece.length(), p.total - offset)).copyTo(whole, offset);
            }
        });
        ForwardingHeader header = Fragmenter.withFragmentField(p.header, ForwardingHeader.UNFRAGMENTED);
        return new Arrival(new Envelope(header, Opaque.wrap(whole, 0, whole.length)), p.from);
    }

    private Optional<Arrival> overflow(long id, Partial p, String why) {
        if (p != null) {
            discard(id, p);
        }
        drops.drop(DropReason.REASSEMBLY_OVERFLOW, "transaction " + Long.toHexString(id) + ": " + why);
        return Optional.empty();
    }

    private void expire(long id) {
        Partial p = partials.get(id);
        if (p != null) {
            discard(id, p);
            drops.drop(DropReason.REASSEMBLY_TIMEOUT, "transaction " + Long.toHexString(id));
        }
    }

    private void discard(long id, Partial p) {
        partials.remove(id);
        p.timer.cancel();
        held -= p.bytes;
    }

    /**
     * A reassembled message.
     *
     * @param envelope the whole message
     * @param from     the previous hop of its first fragment
     */
    record Arrival(Envelope envelope, Optional<ConnectionTable.Entry> from) {
    }

    /** The fragments of one message received so far. */
    private static final class Partial {
        final TreeMap<Integer, Opaque> pieces = new TreeMap<>();
        ForwardingHeader header;
        Optional<ConnectionTable.Entry> from = Optional.empty();
        Scheduler.Timer timer;
        int bytes;
        int total = -1;

        boolean isComplete() {
            if (total < 0 || header == null) {
                return false;
            }
            int covered = 0;
            for (Map.Entry<Integer, Opaque> e : pieces.entrySet()) {
                if (e.getKey() > covered) {
                    return false;
                }
                covered = Math.max(covered, e.getKey() + e.getValue().length());
            }
            return covered >= total;
        }
    }
}

package org.reloadj.core.transaction;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.reloadj.core.time.Scheduler;
import org.reloadj.wire.message.ReloadMessage;

/**
 * The receiving side of RFC 6940, 6.2.1: "Receiving nodes MUST generate semantically equivalent
 * responses to retransmissions of the same request ... within the maximum request lifetime (15
 * seconds)". Remembers each response by transaction id for that long, so that a retransmitted
 * Store is answered again instead of applied twice. Not thread-safe.
 */
public final class AnsweredRequests {
    /** The maximum request lifetime (6.2.1). */
    public static final Duration REQUEST_LIFETIME = Duration.ofSeconds(15);

    private final Scheduler scheduler;
    private final int capacity;
    private final Map<Long, ReloadMessage> responses = new HashMap<>();

    /** Remembers at most {@code capacity} responses at a time; when full, new ones are not kept. */
    public AnsweredRequests(Scheduler scheduler, int capacity) {
        this.scheduler = scheduler;
        this.capacity = capacity;
    }

    /** The response already sent for this transaction, if it is still remembered. */
    public Optional<ReloadMessage> responseTo(long transactionId) {
        return Optional.ofNullable(responses.get(transactionId));
    }

    /**
     * Remembers {@code response} to transaction {@code transactionId} for the request lifetime.
     *
     * @return false when full (the response is then not remembered and a retransmission is
     *         processed again)
     */
    public boolean remember(long transactionId, ReloadMessage response) {
        if (responses.size() >= capacity && !responses.containsKey(transactionId)) {
            return false;
        }
        if (responses.put(transactionId, response) == null) {
            scheduler.schedule(REQUEST_LIFETIME, () -> responses.remove(transactionId));
        }
        return true;
    }

    /** The number of remembered responses. */
    public int size() {
        return responses.size();
    }
}

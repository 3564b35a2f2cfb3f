package org.reloadj.core.transaction;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;
import org.reloadj.core.time.Scheduler;
import org.reloadj.wire.message.ReloadMessage;

/**
 * The originating side of RFC 6940, 6.2.1: sends a request, retransmits it with the same
 * transaction id each time the overlay-reliability-timer fires without a response, and fails the
 * transaction with Error_Request_Timeout when the timer of the last transmission (the fifth, by
 * default) fires. The first response with the transaction id completes it; later copies are
 * ignored.
 *
 * <p>Driven by one thread (the node's event loop); not thread-safe.
 */
public final class TransactionManager {
    /** The RFC's limit: a request is sent at most five times (6.2.1). */
    public static final int MAX_TRANSMISSIONS = 5;

    private final Scheduler scheduler;
    private final Duration reliabilityTimer;
    private final int maxTransmissions;
    private final Consumer<ReloadMessage> transmitter;
    private final Map<Long, Pending> pending = new HashMap<>();

    /**
     * A manager that hands every (re)transmission to {@code transmitter}.
     *
     * @param reliabilityTimer the overlay-reliability-timer (configuration, 11.1; default 3000 ms)
     * @param maxTransmissions at most this many transmissions (1..5)
     */
    public TransactionManager(Scheduler scheduler, Duration reliabilityTimer, int maxTransmissions,
            Consumer<ReloadMessage> transmitter) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.reliabilityTimer = Objects.requireNonNull(reliabilityTimer, "reliabilityTimer");
        if (maxTransmissions < 1 || maxTransmissions > MAX_TRANSMISSIONS) {
            throw new IllegalArgumentException("1 to 5 transmissions, not " + maxTransmissions);
        }
        if (reliabilityTimer.toMillis() < 200) {
            throw new IllegalArgumentException("the overlay-reliability-timer is at least 200 ms (11.1)");
        }
        this.maxTransmissions = maxTransmissions;
        this.transmitter = Objects.requireNonNull(transmitter, "transmitter");
    }

    /**
     * Sends {@code request} and returns its response: the first message received with the same
     * transaction id (an error response included). Fails with a {@link ReloadException} carrying
     * Error_Request_Timeout when no response came in time.
     *
     * @throws IllegalStateException when a transaction with this id is already pending
     */
    public CompletionStage<ReloadMessage> send(ReloadMessage request) {
        long id = request.header().transactionId();
        if (pending.containsKey(id)) {
            throw new IllegalStateException("transaction " + Long.toHexString(id) + " is already pending");
        }
        Pending p = new Pending(request);
        pending.put(id, p);
        transmit(p);
        return p.result;
    }

    /**
     * Hands a received response to its transaction.
     *
     * @return whether a pending transaction took it (false: unknown, late or duplicate)
     */
    public boolean onResponse(ReloadMessage response) {
        Pending p = pending.remove(response.header().transactionId());
        if (p == null) {
            return false;
        }
        p.timer.cancel();
        p.result.complete(response);
        return true;
    }

    /** The number of transactions waiting for a response. */
    public int pending() {
        return pending.size();
    }

    private void transmit(Pending p) {
        p.transmissions++;
        p.timer = scheduler.schedule(reliabilityTimer, () -> expire(p));
        transmitter.accept(p.request);
    }

    private void expire(Pending p) {
        long id = p.request.header().transactionId();
        if (pending.get(id) != p) {
            return;
        }
        if (p.transmissions < maxTransmissions) {
            transmit(p);
            return;
        }
        pending.remove(id);
        p.result.completeExceptionally(new ReloadException(ErrorCode.ERROR_REQUEST_TIMEOUT,
                "no response to transaction " + Long.toHexString(id) + " after " + p.transmissions + " transmissions"));
    }

    private static final class Pending {
        final ReloadMessage request;
        final CompletableFuture<ReloadMessage> result = new CompletableFuture<>();
        int transmissions;
        Scheduler.Timer timer;

        Pending(ReloadMessage request) {
            this.request = request;
        }
    }
}

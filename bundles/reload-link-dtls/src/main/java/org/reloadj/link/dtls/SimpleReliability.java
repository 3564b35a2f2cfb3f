package org.reloadj.link.dtls;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.reloadj.api.Opaque;
import org.reloadj.wire.framing.FramedMessage;
import org.reloadj.wire.framing.RtoEstimator;
import org.reloadj.wire.framing.SentFrames;

/**
 * The sender's side of simple reliability (RFC 6940, 6.6.3), the stop-and-wait algorithm of
 * 6.6.3.1: at most one message unacknowledged on the link; it is retransmitted, each time under a
 * new sequence number, after the RTO, the wait doubling after each retransmission, until an ack
 * covers one of its transmissions or it has been sent 5 times, after which the link is closed. The
 * RTO follows RFC 6298 from the RTT of every ack (also those of retransmissions). Between an ack
 * and the next message the sender waits 10 ms. Messages waiting behind the one in flight are
 * queued up to a bound; a link whose queue overflows fails.
 *
 * <p>Forwarded messages are retransmitted like the node's own, although 6.6.3.1 remarks that
 * "transit nodes do not retransmit at this layer": 6.6.3 makes the reliability hop by hop and
 * leaves the sender algorithm to the sender, stop-and-wait needs every message acknowledged or
 * given up before the next, and a transit node that did not retransmit would leave a loss on its
 * hop to the originator's end-to-end timer (6.2.1). Duplicates after a lost ack are absorbed
 * end to end (answers remembered, 6.2.1). The reasoning is in docs/conformance.md.
 *
 * <p>Runs on one thread, the {@code timer}'s: every method must be called there.
 */
final class SimpleReliability {
    /** Puts a data frame on the wire. */
    interface FrameSink {
        void send(FramedMessage.Data frame) throws IOException;
    }

    private final ScheduledExecutorService timer;
    private final FrameSink sink;
    private final Consumer<IOException> failure;
    private final LongSupplier nanoTime;
    private final DtlsLinkSettings settings;
    private final RtoEstimator rto;
    private final SentFrames sent = new SentFrames(64);
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private final List<Long> inFlightSequences = new ArrayList<>();
    private byte[] inFlight;
    private long nextSequence;
    private long lastAck = Long.MIN_VALUE;
    private ScheduledFuture<?> pending;
    private boolean failed;
    private long retransmissions;

    SimpleReliability(ScheduledExecutorService timer, FrameSink sink, Consumer<IOException> failure,
            LongSupplier nanoTime, DtlsLinkSettings settings) {
        this.timer = timer;
        this.sink = sink;
        this.failure = failure;
        this.nanoTime = nanoTime;
        this.settings = settings;
        this.rto = new RtoEstimator(settings.initialRto(), settings.minRto(), Duration.ofSeconds(60));
    }

    /** Queues {@code message} and sends it when the link is free. */
    void send(byte[] message) {
        if (failed) {
            return;
        }
        if (queue.size() >= settings.maxQueuedMessages()) {
            fail(new IOException("more than " + settings.maxQueuedMessages()
                    + " messages queued: the peer does not keep up"));
            return;
        }
        queue.add(message);
        if (inFlight == null && pending == null) {
            startNext();
        }
    }

    /** Takes an ack: an RTT sample, and the end of the message in flight when it covers it. */
    void onAck(FramedMessage.Ack ack) {
        long now = nanoTime.getAsLong();
        OptionalLong rtt = sent.acknowledge(ack, now);
        if (rtt.isPresent()) {
            rto.sample(Duration.ofNanos(rtt.getAsLong()));
        }
        if (inFlight == null || inFlightSequences.stream().noneMatch(ack::acknowledges)) {
            return;
        }
        cancelPending();
        inFlight = null;
        inFlightSequences.clear();
        lastAck = now;
        if (!queue.isEmpty()) {
            pending = timer.schedule(this::startNext, settings.ackGap().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Stops retransmitting; the link is going away. */
    void stop() {
        failed = true;
        cancelPending();
        queue.clear();
    }

    /** The current RTO. */
    Duration rto() {
        return rto.rto();
    }

    /** The retransmissions so far. */
    long retransmissions() {
        return retransmissions;
    }

    private void startNext() {
        pending = null;
        if (failed || inFlight != null || queue.isEmpty()) {
            return;
        }
        long sinceAck = nanoTime.getAsLong() - lastAck;
        long gap = settings.ackGap().toNanos();
        if (lastAck != Long.MIN_VALUE && sinceAck < gap) {
            pending = timer.schedule(this::startNext, gap - sinceAck, TimeUnit.NANOSECONDS);
            return;
        }
        inFlight = queue.poll();
        transmit(rto.rto().toNanos());
    }

    private void transmit(long wait) {
        long sequence = nextSequence;
        nextSequence = (nextSequence + 1) & 0xFFFF_FFFFL;
        inFlightSequences.add(sequence);
        sent.sent(sequence, nanoTime.getAsLong());
        try {
            sink.send(new FramedMessage.Data(sequence, Opaque.of(inFlight)));
        } catch (IOException e) {
            fail(e);
            return;
        }
        pending = timer.schedule(() -> timedOut(wait), wait, TimeUnit.NANOSECONDS);
    }

    private void timedOut(long waited) {
        pending = null;
        if (failed || inFlight == null) {
            return;
        }
        if (inFlightSequences.size() >= settings.maxTransmissions()) {
            fail(new IOException("no ack after " + inFlightSequences.size() + " transmissions of a message"
                    + " (6.6.3.1): the link failed"));
            return;
        }
        retransmissions++;
        transmit(2 * waited);
    }

    private void fail(IOException cause) {
        if (!failed) {
            stop();
            failure.accept(cause);
        }
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}

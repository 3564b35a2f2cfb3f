package org.reloadj.link.tls;

import java.time.Duration;
import java.util.Objects;
import org.reloadj.wire.framing.FramedMessage;

/**
 * The knobs of TLS links (RFC 6940, 6.6.5).
 *
 * @param maxMessageSize         the overlay's max-message-size: a larger data frame is refused
 *                               from its header, before it is read, and the link closed (6.6)
 * @param handshakeTimeout       how long a TLS handshake may take
 * @param maxHandshakes          the handshakes accepted at once
 * @param maxHandshakesPerSource the handshakes accepted at once from one IP address
 * @param maxQueuedBytes         the bytes a link queues for sending; a link whose peer does not
 *                               keep up beyond this is closed (back-pressure, not an unbounded
 *                               queue)
 * @param keepAlive              after this long without traffic a link sends an empty data frame,
 *                               whose ack measures the RTT and proves the peer alive
 * @param linkTimeout            a data frame unacknowledged this long means the link failed and it
 *                               is closed (6.6.5 recommends 30 s)
 * @param initialRto             the RTO before the first measurement (RELOAD's default, 500 ms)
 */
public record TlsLinkSettings(int maxMessageSize, Duration handshakeTimeout, int maxHandshakes,
        int maxHandshakesPerSource, long maxQueuedBytes, Duration keepAlive, Duration linkTimeout,
        Duration initialRto) {
    /** The RFC's default max-message-size is not fixed; ReloadJ's node default. */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 5000;

    /** Checks ranges. */
    public TlsLinkSettings {
        if (maxMessageSize < 1 || maxMessageSize > FramedMessage.MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("max-message-size out of 1..2^24-1: " + maxMessageSize);
        }
        Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
        Objects.requireNonNull(keepAlive, "keepAlive");
        Objects.requireNonNull(linkTimeout, "linkTimeout");
        Objects.requireNonNull(initialRto, "initialRto");
        if (maxQueuedBytes < maxMessageSize) {
            throw new IllegalArgumentException("the queue must hold at least one message: " + maxQueuedBytes);
        }
    }

    /**
     * Settings for an overlay with {@code maxMessageSize}: 10 s handshakes, 64 at once (8 per
     * source), 4 MiB queued per link, keep-alive after 5 s idle, failure after 30 s without an
     * ack, initial RTO 500 ms.
     */
    public static TlsLinkSettings defaults(int maxMessageSize) {
        return new TlsLinkSettings(maxMessageSize, Duration.ofSeconds(10), 64, 8,
                Math.max(4L << 20, 4L * maxMessageSize), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofMillis(500));
    }

    /** These settings with other handshake limits. */
    public TlsLinkSettings withHandshakeLimits(int total, int perSource) {
        return new TlsLinkSettings(maxMessageSize, handshakeTimeout, total, perSource, maxQueuedBytes, keepAlive,
                linkTimeout, initialRto);
    }

    /** These settings with another outbound queue bound. */
    public TlsLinkSettings withMaxQueuedBytes(long bytes) {
        return new TlsLinkSettings(maxMessageSize, handshakeTimeout, maxHandshakes, maxHandshakesPerSource, bytes,
                keepAlive, linkTimeout, initialRto);
    }

    /** These settings with other keep-alive and failure timers. */
    public TlsLinkSettings withTimers(Duration keepAliveAfter, Duration failAfter) {
        return new TlsLinkSettings(maxMessageSize, handshakeTimeout, maxHandshakes, maxHandshakesPerSource,
                maxQueuedBytes, keepAliveAfter, failAfter, initialRto);
    }
}

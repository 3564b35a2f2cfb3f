package org.reloadj.link.dtls;

import java.time.Duration;
import java.util.Objects;
import org.reloadj.api.registry.OverlayLinkType;

/**
 * The knobs of DTLS links (RFC 6940, 6.6.3, 6.6.4, 6.6.6).
 *
 * @param linkType               DTLS-UDP-SR-NO-ICE or DTLS-UDP-SR (the same link; the name is
 *                               what Attach candidates carry)
 * @param datagramSize           the largest UDP payload sent, DTLS record included: the path MTU
 *                               budget; a link carries messages up to what a record of this size
 *                               holds, and the node fragments larger ones (6.7)
 * @param handshakeTimeout       how long a DTLS handshake may take
 * @param maxHandshakes          the handshakes accepted at once
 * @param maxHandshakesPerSource the handshakes accepted at once from one IP address
 * @param maxQueuedMessages      the messages a link queues behind the one in flight; beyond it the
 *                               link is closed (back-pressure, no unbounded queue)
 * @param initialRto             the RTO before the first RTT measurement (6.6.3.1: 500 ms)
 * @param minRto                 the floor of the measured RTO (6.6.3.1 allows less than 500 ms
 *                               where all nodes are known to be near)
 * @param maxTransmissions       transmissions of one message before the link is given up (5)
 * @param ackGap                 the wait between an ack and the next message (6.6.3.1: 10 ms)
 * @param loss                   datagrams lost on purpose, for tests and benchmarks
 */
public record DtlsLinkSettings(OverlayLinkType linkType, int datagramSize, Duration handshakeTimeout,
        int maxHandshakes, int maxHandshakesPerSource, int maxQueuedMessages, Duration initialRto, Duration minRto,
        int maxTransmissions, Duration ackGap, DatagramLoss loss) {
    /** Checks the parts. */
    public DtlsLinkSettings {
        if (linkType != OverlayLinkType.DTLS_UDP_SR && linkType != OverlayLinkType.DTLS_UDP_SR_NO_ICE) {
            throw new IllegalArgumentException("not a DTLS link type: " + linkType);
        }
        if (datagramSize < 256 || datagramSize > 65_507) {
            throw new IllegalArgumentException("a UDP payload of 256..65507 bytes, not " + datagramSize);
        }
        Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
        Objects.requireNonNull(initialRto, "initialRto");
        Objects.requireNonNull(minRto, "minRto");
        Objects.requireNonNull(ackGap, "ackGap");
        Objects.requireNonNull(loss, "loss");
        if (maxTransmissions < 1 || maxQueuedMessages < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * DTLS-UDP-SR-NO-ICE with 1400-byte datagrams, 10 s handshakes, 64 at once (8 per source),
     * 1024 queued messages per link, RTO from 500 ms with a 100 ms floor, 5 transmissions, 10 ms
     * between an ack and the next message, no loss.
     */
    public static DtlsLinkSettings defaults() {
        return new DtlsLinkSettings(OverlayLinkType.DTLS_UDP_SR_NO_ICE, 1400, Duration.ofSeconds(10), 64, 8, 1024,
                Duration.ofMillis(500), Duration.ofMillis(100), 5, Duration.ofMillis(10), DatagramLoss.none());
    }

    /** These settings under another link type name. */
    public DtlsLinkSettings withLinkType(OverlayLinkType type) {
        return new DtlsLinkSettings(type, datagramSize, handshakeTimeout, maxHandshakes, maxHandshakesPerSource,
                maxQueuedMessages, initialRto, minRto, maxTransmissions, ackGap, loss);
    }

    /** These settings losing datagrams as {@code value} says. */
    public DtlsLinkSettings withLoss(DatagramLoss value) {
        return new DtlsLinkSettings(linkType, datagramSize, handshakeTimeout, maxHandshakes, maxHandshakesPerSource,
                maxQueuedMessages, initialRto, minRto, maxTransmissions, ackGap, value);
    }

    /** These settings with another datagram size. */
    public DtlsLinkSettings withDatagramSize(int bytes) {
        return new DtlsLinkSettings(linkType, bytes, handshakeTimeout, maxHandshakes, maxHandshakesPerSource,
                maxQueuedMessages, initialRto, minRto, maxTransmissions, ackGap, loss);
    }

    /** These settings with other handshake limits. */
    public DtlsLinkSettings withHandshakeLimits(int total, int perSource) {
        return new DtlsLinkSettings(linkType, datagramSize, handshakeTimeout, total, perSource, maxQueuedMessages,
                initialRto, minRto, maxTransmissions, ackGap, loss);
    }

    /** These settings with another queue bound. */
    public DtlsLinkSettings withMaxQueuedMessages(int messages) {
        return new DtlsLinkSettings(linkType, datagramSize, handshakeTimeout, maxHandshakes, maxHandshakesPerSource,
                messages, initialRto, minRto, maxTransmissions, ackGap, loss);
    }
}

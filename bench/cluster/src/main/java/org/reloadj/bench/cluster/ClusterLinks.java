package org.reloadj.bench.cluster;

import java.io.IOException;
import java.util.Optional;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.core.net.MessageTrace;
import org.reloadj.core.net.TracingLinkProvider;
import org.reloadj.link.dtls.DatagramLoss;
import org.reloadj.link.dtls.DtlsLinkProvider;
import org.reloadj.link.dtls.DtlsLinkSettings;
import org.reloadj.link.tls.TlsLinkProvider;
import org.reloadj.link.tls.TlsLinkSettings;
import org.reloadj.security.link.LinkAuthentication;

/**
 * The links every node of the benchmark shares: one TLS or DTLS provider (RFC 6940, 6.6) with a
 * few I/O threads, optionally losing datagrams, counted, and written to a trace when asked.
 *
 * <p>The provider's handshake limiter (13.7) counts the handshakes of all nodes together, and all
 * of them come from 127.0.0.1, so the defaults (8 at once per source address) would let the whole
 * cluster run only 8 handshakes at once. A joining node is linked to by a dozen peers at once
 * (10.5, steps 3 and 4; 6.5.1.11: the answerer opens the link): the handshakes beyond the limit
 * were refused, those peers' Attaches never got their link, and the join waited a whole request
 * lifetime for it. Each node of a real overlay has its own limiter and its peers their own
 * addresses, so the shared limiter allows each node its default share.
 */
final class ClusterLinks implements AutoCloseable {
    private static final int IO_THREADS = 2;
    /** The handshakes one node accepts at once, the providers' default. */
    private static final int HANDSHAKES_PER_NODE = 64;

    private final AutoCloseable transport;
    private final CountingLinkProvider counting;
    private final Optional<MessageTrace> trace;
    private final OverlayLinkProvider provider;

    private ClusterLinks(AutoCloseable transport, CountingLinkProvider counting, Optional<MessageTrace> trace,
            OverlayLinkProvider provider) {
        this.transport = transport;
        this.counting = counting;
        this.trace = trace;
        this.provider = provider;
    }

    static ClusterLinks open(ClusterOptions options) throws IOException {
        LinkAuthentication authentication = LinkAuthentication.of(OverlayConfiguration.DEFAULT_NODE_ID_LENGTH);
        OverlayLinkProvider raw;
        int handshakes = HANDSHAKES_PER_NODE * Math.max(1, options.nodes() + 1);
        if (options.link() == ClusterOptions.Link.DTLS) {
            DatagramLoss loss = options.loss() > 0 ? DatagramLoss.random(options.loss(), options.seed())
                    : DatagramLoss.none();
            raw = new DtlsLinkProvider(authentication,
                    DtlsLinkSettings.defaults().withLinkType(OverlayLinkType.DTLS_UDP_SR_NO_ICE).withLoss(loss)
                            .withHandshakeLimits(handshakes, handshakes),
                    IO_THREADS);
        } else {
            raw = new TlsLinkProvider(authentication,
                    TlsLinkSettings.defaults((int) OverlayConfiguration.DEFAULT_MAX_MESSAGE_SIZE)
                            .withHandshakeLimits(handshakes, handshakes), IO_THREADS);
        }
        CountingLinkProvider counting = new CountingLinkProvider(raw);
        Optional<MessageTrace> trace = Optional.empty();
        if (options.trace().isPresent()) {
            trace = Optional.of(MessageTrace.open(options.trace().get()));
        }
        OverlayLinkProvider provider = trace.<OverlayLinkProvider>map(t -> new TracingLinkProvider(counting, t, false))
                .orElse(counting);
        return new ClusterLinks((AutoCloseable) raw, counting, trace, provider);
    }

    /** The provider the nodes use. */
    OverlayLinkProvider provider() {
        return provider;
    }

    /** The handshakes in progress on links the nodes accept, as the provider's limiter counts them. */
    int handshakesInProgress() {
        if (transport instanceof TlsLinkProvider tls) {
            return tls.handshakesInProgress();
        }
        return ((DtlsLinkProvider) transport).handshakesInProgress();
    }

    /** The messages received over links so far, by every node. */
    long messagesReceived() {
        return counting.received();
    }

    @Override
    public void close() throws Exception {
        try {
            transport.close();
        } finally {
            if (trace.isPresent()) {
                trace.get().close();
            }
        }
    }
}

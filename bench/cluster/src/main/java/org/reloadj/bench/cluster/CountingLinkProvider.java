package org.reloadj.bench.cluster;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.LongAdder;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.link.OverlayLinkProvider;

/**
 * A link provider that counts the RELOAD messages its nodes receive over links: each is one hop
 * of some message (RFC 6940, 6.2), so the count over a phase of fetches gives their hops.
 */
final class CountingLinkProvider implements OverlayLinkProvider {
    private final OverlayLinkProvider delegate;
    private final LongAdder received = new LongAdder();

    CountingLinkProvider(OverlayLinkProvider delegate) {
        this.delegate = delegate;
    }

    /** The messages received so far by every node. */
    long received() {
        return received.sum();
    }

    @Override
    public String linkType() {
        return delegate.linkType();
    }

    @Override
    public CompletionStage<Listener> listen(InetSocketAddress local, LinkCredentials credentials,
            LinkHandler handler) {
        return delegate.listen(local, credentials, new Counting(handler));
    }

    @Override
    public CompletionStage<OverlayLink> connect(InetSocketAddress remote, LinkCredentials credentials,
            LinkHandler handler) {
        return delegate.connect(remote, credentials, new Counting(handler));
    }

    @Override
    public CompletionStage<OverlayLink> connect(InetSocketAddress remote, NodeId expected,
            LinkCredentials credentials, LinkHandler handler) {
        return delegate.connect(remote, expected, credentials, new Counting(handler));
    }

    @Override
    public Optional<ScheduledExecutorService> ioExecutor(LinkCredentials credentials) {
        return delegate.ioExecutor(credentials);
    }

    /** Counts each message, then hands it on. */
    private final class Counting implements LinkHandler {
        private final LinkHandler handler;

        Counting(LinkHandler handler) {
            this.handler = handler;
        }

        @Override
        public void onOpened(OverlayLink link) {
            handler.onOpened(link);
        }

        @Override
        public void onMessage(OverlayLink link, byte[] message) {
            received.increment();
            handler.onMessage(link, message);
        }

        @Override
        public void onClosed(OverlayLink link, Throwable cause) {
            handler.onClosed(link, cause);
        }
    }
}

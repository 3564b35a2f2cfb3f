package org.reloadj.core.net;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.link.OverlayLinkProvider;

/**
 * Writes every message a node's links carry to a {@link MessageTrace}: those the node sends and,
 * unless told otherwise, those it receives (already decrypted by the link). Off unless a node is
 * built with it. When several nodes of one process share a trace, recording only sent messages
 * writes each hop once.
 */
public final class TracingLinkProvider extends ForwardingLinkProvider {
    private final Supplier<MessageTrace> trace;
    private final boolean received;

    /** {@code delegate}, traced to {@code trace}; {@code received}: also the messages received. */
    public TracingLinkProvider(OverlayLinkProvider delegate, MessageTrace trace, boolean received) {
        this(delegate, () -> trace, received);
        Objects.requireNonNull(trace, "trace");
    }

    /**
     * {@code delegate}, traced to the trace {@code current} gives at each message, none while it
     * gives null: a trace switched on and off while the node runs.
     */
    public TracingLinkProvider(OverlayLinkProvider delegate, Supplier<MessageTrace> current, boolean received) {
        super(delegate);
        this.trace = Objects.requireNonNull(current, "current");
        this.received = received;
    }

    private void record(InetSocketAddress from, InetSocketAddress to, byte[] message) {
        MessageTrace t = trace.get();
        if (t != null) {
            t.record(from, to, message);
        }
    }

    @Override
    LinkHandler wrap(LinkHandler handler) {
        return new Tracing(handler);
    }

    @Override
    OverlayLink outer(OverlayLink link, LinkHandler wrapped) {
        return ((Tracing) wrapped).traced(link);
    }

    /** Reports links as {@link Traced} links and traces what they receive. */
    private final class Tracing implements LinkHandler {
        private final LinkHandler handler;
        private final Map<OverlayLink, Traced> links = new ConcurrentHashMap<>();

        Tracing(LinkHandler handler) {
            this.handler = handler;
        }

        Traced traced(OverlayLink link) {
            return links.computeIfAbsent(link, Traced::new);
        }

        @Override
        public void onOpened(OverlayLink link) {
            handler.onOpened(traced(link));
        }

        @Override
        public void onMessage(OverlayLink link, byte[] message) {
            if (received) {
                record(link.remoteAddress(), link.localAddress(), message);
            }
            handler.onMessage(traced(link), message);
        }

        @Override
        public void onClosed(OverlayLink link, Throwable cause) {
            Traced traced = links.remove(link);
            handler.onClosed(traced != null ? traced : new Traced(link), cause);
        }
    }

    /** A link whose sent messages are traced. */
    private final class Traced implements OverlayLink {
        private final OverlayLink link;

        Traced(OverlayLink link) {
            this.link = link;
        }

        @Override
        public Set<NodeId> remoteNodeIds() {
            return link.remoteNodeIds();
        }

        @Override
        public InetSocketAddress remoteAddress() {
            return link.remoteAddress();
        }

        @Override
        public InetSocketAddress localAddress() {
            return link.localAddress();
        }

        @Override
        public int maxMessageSize() {
            return link.maxMessageSize();
        }

        @Override
        public void send(byte[] message) {
            record(link.localAddress(), link.remoteAddress(), message);
            link.send(message);
        }

        @Override
        public void close() {
            link.close();
        }

        @Override
        public String toString() {
            return link.toString();
        }
    }
}

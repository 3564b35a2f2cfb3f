package org.reloadj.api.link;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.annotation.versioning.ConsumerType;
import org.reloadj.api.Cancellable;
import org.reloadj.api.NodeId;

/**
 * Opens and accepts overlay links of one type (RFC 6940, 6.6; the overlay link types of 14.10).
 * Registered as an OSGi service; a node finds providers by {@link #linkType()}.
 */
@ConsumerType
public interface OverlayLinkProvider {
    /** The overlay link type's name (14.10), e.g. {@code TLS-TCP-FH-NO-ICE}. */
    String linkType();

    /**
     * Accepts links on {@code local} for the node described by {@code credentials}; each link is
     * announced to {@code handler} once its handshake authenticated the remote node.
     */
    CompletionStage<Listener> listen(InetSocketAddress local, LinkCredentials credentials, LinkHandler handler);

    /** Opens a link to {@code remote}, completing once the handshake authenticated it. */
    CompletionStage<OverlayLink> connect(InetSocketAddress remote, LinkCredentials credentials, LinkHandler handler);

    /**
     * Opens a link to the node {@code expected} at {@code remote} (RFC 6940, 6.5.1.11 and
     * 6.5.1.13: the certificate of the handshake must match the node that sent the
     * AttachReqAns, or the connection is closed). Completes once the handshake authenticated a
     * certificate holding {@code expected}; otherwise the link is closed, {@code handler} hears
     * nothing of it, and the stage fails with an {@link javax.net.ssl.SSLPeerUnverifiedException}.
     *
     * <p>This default checks the Node-IDs after {@link #connect(InetSocketAddress, LinkCredentials,
     * LinkHandler)}; providers with a handshake of their own check before announcing the link.
     */
    default CompletionStage<OverlayLink> connect(InetSocketAddress remote, NodeId expected,
            LinkCredentials credentials, LinkHandler handler) {
        ExpectedPeer guard = new ExpectedPeer(expected, handler);
        return connect(remote, credentials, guard).thenApply(guard::admitted);
    }

    /**
     * The thread on which every link of the node holding {@code credentials} does its I/O, as an
     * executor, when this provider keeps each node's links on one thread. A node that runs its own
     * tasks there hears its links and writes to them without handing work between threads: one
     * wake-up less on each side of every hop. Empty (the default) when the provider spreads a
     * node's links over several threads; the node then runs on a thread of its own.
     *
     * <p>Tasks given to the executor must not block. The provider owns it: a node stops using it
     * when it closes, it does not shut it down.
     */
    default Optional<ScheduledExecutorService> ioExecutor(LinkCredentials credentials) {
        return Optional.empty();
    }

    /** A listening endpoint. */
    interface Listener extends Cancellable {
        /** The address actually bound (port 0 resolved). */
        InetSocketAddress localAddress();
    }
}

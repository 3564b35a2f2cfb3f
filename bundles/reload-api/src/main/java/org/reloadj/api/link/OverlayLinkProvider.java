package org.reloadj.api.link;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;
import org.reloadj.api.Cancellable;

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

    /** A listening endpoint. */
    interface Listener extends Cancellable {
        /** The address actually bound (port 0 resolved). */
        InetSocketAddress localAddress();
    }
}

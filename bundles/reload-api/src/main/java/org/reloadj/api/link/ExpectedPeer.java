package org.reloadj.api.link;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.reloadj.api.NodeId;

/**
 * Passes a link on to a handler only when its remote certificate holds an expected Node-ID
 * (RFC 6940, 6.5.1.11); the default of {@link OverlayLinkProvider#connect(java.net.InetSocketAddress,
 * NodeId, LinkCredentials, LinkHandler)}. A link of another node is closed before the handler
 * hears of it.
 */
final class ExpectedPeer implements LinkHandler {
    private final NodeId expected;
    private final LinkHandler handler;
    private volatile OverlayLink admitted;
    private volatile OverlayLink refused;

    ExpectedPeer(NodeId expected, LinkHandler handler) {
        this.expected = Objects.requireNonNull(expected, "expected");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public void onOpened(OverlayLink link) {
        if (link.remoteNodeIds().contains(expected)) {
            admitted = link;
            handler.onOpened(link);
        } else {
            refused = link;
            link.close();
        }
    }

    @Override
    public void onMessage(OverlayLink link, byte[] message) {
        if (link == admitted) {
            handler.onMessage(link, message);
        }
    }

    @Override
    public void onClosed(OverlayLink link, Throwable cause) {
        if (link == admitted) {
            handler.onClosed(link, cause);
        }
    }

    /** The link when it was admitted; fails the stage when it was refused. */
    OverlayLink admitted(OverlayLink link) {
        if (link == refused || link != admitted) {
            link.close();
            throw new CompletionException(new SSLPeerUnverifiedException("the certificate of " + link.remoteAddress()
                    + " holds " + link.remoteNodeIds() + ", not the expected Node-ID " + expected));
        }
        return link;
    }
}

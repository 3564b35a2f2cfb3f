package org.reloadj.api.link;

import org.osgi.annotation.versioning.ConsumerType;

/** Receives what happens on links: the node's side of the link SPI. */
@ConsumerType
public interface LinkHandler {
    /** A link was opened or accepted and authenticated. */
    void onOpened(OverlayLink link);

    /** One whole encoded RELOAD message arrived; the handler owns the array. */
    void onMessage(OverlayLink link, byte[] message);

    /** The link closed or failed. */
    void onClosed(OverlayLink link, Throwable cause);
}

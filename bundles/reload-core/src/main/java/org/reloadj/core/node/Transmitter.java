package org.reloadj.core.node;

import java.util.List;
import org.reloadj.api.link.OverlayLink;

/**
 * Puts messages on links (RFC 6940, 6.6 and 6.7): encodes the envelope and, when it is larger than
 * the link carries, sends it as fragments.
 */
final class Transmitter {
    /** Sends {@code envelope} down the link of {@code hop}. */
    void send(Envelope envelope, ConnectionTable.Entry hop) {
        OverlayLink link = hop.link();
        byte[] bytes = envelope.encode();
        List<Envelope> fragments = Fragmenter.split(envelope, bytes.length, link.maxMessageSize());
        if (fragments.size() == 1) {
            link.send(bytes);
            return;
        }
        for (Envelope fragment : fragments) {
            link.send(fragment.encode());
        }
    }
}

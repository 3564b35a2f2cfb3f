package org.reloadj.core.node;

import org.reloadj.api.Opaque;

/**
 * The overlay configuration as the node's message transport needs it (RFC 6940, 6.3.2.1 and
 * 6.5.4): the sequence number every message carries and is checked against, and the signed
 * document to push to a node whose configuration is older. The configuration bundle implements it;
 * both values change when a newer document is accepted.
 */
public interface ConfigurationSource {
    /** The sequence number of the current Configuration Document, 0..65534. */
    int sequence();

    /** The current Configuration Document, as sent in a ConfigUpdate of type {@code config}. */
    Opaque document();
}

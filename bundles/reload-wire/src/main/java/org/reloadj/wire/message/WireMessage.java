package org.reloadj.wire.message;

/** What a link carries (RFC 6940, 6.3 and 6.7): a whole message or a fragment of one. */
public sealed interface WireMessage permits ReloadMessage, MessageFragment {
    /** The forwarding header. */
    ForwardingHeader header();
}

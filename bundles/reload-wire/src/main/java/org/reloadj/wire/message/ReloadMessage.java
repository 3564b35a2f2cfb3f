package org.reloadj.wire.message;

import java.util.Objects;

/**
 * A whole RELOAD message (RFC 6940, 6.3): forwarding header, message contents and security
 * block. Immutable; safe to share between threads.
 *
 * @param header   the forwarding header
 * @param contents the message code, body and extensions
 * @param security the certificates and signature
 */
public record ReloadMessage(ForwardingHeader header, MessageContents contents, SecurityBlock security)
        implements WireMessage {
    /** Checks the parts are present and the header says the message is whole. */
    public ReloadMessage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(contents, "contents");
        Objects.requireNonNull(security, "security");
        if (!header.isUnfragmented()) {
            throw new IllegalArgumentException("a whole message's fragment field says it is a fragment; use MessageFragment");
        }
    }
}

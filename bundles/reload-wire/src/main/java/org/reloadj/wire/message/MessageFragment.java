package org.reloadj.wire.message;

import java.util.Objects;
import org.reloadj.api.Opaque;

/**
 * One fragment of a message too large for a link (RFC 6940, 6.7): a forwarding header whose
 * fragment field gives the offset and whether it is the last, and a piece of the encoded
 * contents and security block, which only reassembly can decode.
 *
 * @param header  the forwarding header
 * @param payload the fragment's bytes after the header
 */
public record MessageFragment(ForwardingHeader header, Opaque payload) implements WireMessage {
    /** Checks the header says this is a fragment. */
    public MessageFragment {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(payload, "payload");
        if (header.isUnfragmented()) {
            throw new IllegalArgumentException("the fragment field says the message is whole; use ReloadMessage");
        }
    }
}

package org.reloadj.wire.body;

import org.reloadj.wire.io.WireWriter;

/**
 * The decoded message_body of a message (RFC 6940, 6.3.3): one structure per message code
 * (6.4.2, 6.5, 7.4), the ErrorResponse, and an opaque body for codes without a structure.
 */
public interface MessageBody {
    /** The message code this body goes with. */
    int messageCode();

    /** Writes the body's bytes (without the surrounding length). */
    void encode(WireWriter w);
}

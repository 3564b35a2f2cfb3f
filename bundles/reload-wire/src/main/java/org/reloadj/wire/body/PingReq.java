package org.reloadj.wire.body;

import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A Ping request (RFC 6940, 6.5.3.1): no meaningful contents, only up to 65535 bytes of padding
 * to discover the overlay's largest packet size.
 *
 * @param padding {@code opaque padding<0..2^16-1>}
 */
public record PingReq(Opaque padding) implements MessageBody {
    /** Checks the padding fits its 16-bit length. */
    public PingReq {
        BodyFields.opaque(padding, 2, "padding");
    }

    /** A Ping without padding. */
    public static PingReq empty() {
        return new PingReq(Opaque.EMPTY);
    }

    /** Reads a PingReq. */
    public static PingReq decode(WireReader r, WireContext ctx) throws WireException {
        return new PingReq(r.readOpaque(2, "padding"));
    }

    @Override
    public int messageCode() {
        return MessageCode.PING_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeOpaque(2, padding, "padding");
    }
}

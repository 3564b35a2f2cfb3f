package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A body kept as bytes (RFC 6940, 6.3.3): for the experimental codes exp_a and exp_b (0x23 to
 * 0x26, 14.8) and for any message code without a structure defined here.
 *
 * @param messageCode the message code, 0x1..0xffff
 * @param bytes       the body's bytes
 */
public record OpaqueBody(int messageCode, Opaque bytes) implements MessageBody {
    /** Checks the code is a 16-bit code other than the invalid 0. */
    public OpaqueBody {
        if (messageCode < 1 || messageCode > 0xFFFF) {
            throw new IllegalArgumentException("message code must be 0x1..0xffff: " + messageCode);
        }
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Reads every remaining byte as the body of a message with code {@code code}. */
    public static OpaqueBody decode(int code, WireReader r) {
        return new OpaqueBody(code, r.readRest());
    }

    @Override
    public void encode(WireWriter w) {
        w.writeFixed(bytes);
    }
}

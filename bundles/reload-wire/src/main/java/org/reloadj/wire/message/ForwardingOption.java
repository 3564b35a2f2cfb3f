package org.reloadj.wire.message;

import org.reloadj.api.Opaque;
import org.reloadj.api.registry.ForwardingOptionFlag;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A forwarding header option (RFC 6940, 6.3.2.3). No option type is defined beyond the
 * experimental one, so every option is carried as its type, flags and value.
 *
 * @param type  the option type, 1..255
 * @param flags the flags byte (see {@link ForwardingOptionFlag})
 * @param value the option's value
 */
public record ForwardingOption(int type, int flags, Opaque value) {
    /** Checks the fields fit the wire format. */
    public ForwardingOption {
        if (type < 1 || type > 255) {
            throw new IllegalArgumentException("forwarding option type must be 1..255: " + type);
        }
        if (flags < 0 || flags > 255) {
            throw new IllegalArgumentException("flags are one byte: " + flags);
        }
        if (value.length() > 0xFFFF) {
            throw new IllegalArgumentException("option value too long: " + value.length());
        }
    }

    /** Whether {@code flag} is set. */
    public boolean has(ForwardingOptionFlag flag) {
        return flag.isSet(flags);
    }

    /** Reads one option. */
    public static ForwardingOption decode(WireReader r) throws WireException {
        int type = r.readUint8("forwarding option type");
        if (type == 0) {
            throw WireException.invalid("forwarding option of type invalidForwardingOptionType(0)");
        }
        int flags = r.readUint8("forwarding option flags");
        return new ForwardingOption(type, flags, r.readOpaque(2, "forwarding option"));
    }

    /** Writes this option. */
    public void encode(WireWriter w) {
        w.writeUint8(type).writeUint8(flags).writeOpaque(2, value, "forwarding option");
    }
}

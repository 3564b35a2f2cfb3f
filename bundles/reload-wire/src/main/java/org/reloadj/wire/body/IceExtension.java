package org.reloadj.wire.body;

import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * An ICE extension attribute of a candidate (RFC 6940, 6.5.1.1): the binary translation of the
 * name and value of an ICE extension.
 *
 * @param name  {@code opaque name<0..2^16-1>}
 * @param value {@code opaque value<0..2^16-1>}
 */
public record IceExtension(Opaque name, Opaque value) {
    /** Checks both fit their 16-bit lengths. */
    public IceExtension {
        BodyFields.opaque(name, 2, "IceExtension name");
        BodyFields.opaque(value, 2, "IceExtension value");
    }

    /** Reads one IceExtension. */
    public static IceExtension decode(WireReader r) throws WireException {
        Opaque name = r.readOpaque(2, "IceExtension name");
        return new IceExtension(name, r.readOpaque(2, "IceExtension value"));
    }

    /** Writes name and value. */
    public void encode(WireWriter w) {
        w.writeOpaque(2, name, "IceExtension name").writeOpaque(2, value, "IceExtension value");
    }
}

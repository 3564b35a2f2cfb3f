package org.reloadj.wire.storage;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A stored value (RFC 6940, 7.2.1): whether it exists, and its bytes behind a 32-bit length.
 * A value that does not exist is how data is removed (7.4.1.3) and how a Fetch reports a value
 * the peer has no knowledge of (7.4.2.2).
 *
 * @param exists whether the value exists (False: no value, as opposed to an empty one)
 * @param value  the stored bytes, {@code opaque value<0..2^32-1>}
 */
public record DataValue(boolean exists, Opaque value) {
    /** Checks the value is present. */
    public DataValue {
        Objects.requireNonNull(value, "value");
    }

    /** An existing value of these bytes. */
    public static DataValue of(Opaque value) {
        return new DataValue(true, value);
    }

    /** The nonexistent value: exists False, zero length (7.4.1.3). */
    public static DataValue absent() {
        return new DataValue(false, Opaque.EMPTY);
    }

    /** Reads a DataValue; an exists byte other than 0 or 1 is invalid (6.3.1.1). */
    public static DataValue decode(WireReader r) throws WireException {
        boolean exists = r.readBoolean("exists");
        return new DataValue(exists, r.readOpaque(4, "value"));
    }

    /** Writes this value. */
    public void encode(WireWriter w) {
        w.writeBoolean(exists).writeOpaque(4, value, "value");
    }
}

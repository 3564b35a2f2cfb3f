package org.reloadj.wire.storage;

import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A range of array indices in a StoredDataSpecifier (RFC 6940, 7.4.2.1), both ends included.
 *
 * <p>The fields are int32 on the wire, yet the RFC uses 0xffffffff ({@link #LAST}, -1 as an
 * int32) for the final element; so the rule that first is at most last, and that ranges do not
 * overlap, are left to the storing node, which knows the array, and are not checked here.
 *
 * @param first the first index
 * @param last  the last index, or {@link #LAST}
 */
public record ArrayRange(int first, int last) {
    /** 0xffffffff: the final element of the array. */
    public static final int LAST = 0xFFFF_FFFF;

    /** Reads an ArrayRange. */
    public static ArrayRange decode(WireReader r) throws WireException {
        int first = r.readInt32("first");
        return new ArrayRange(first, r.readInt32("last"));
    }

    /** Writes this range. */
    public void encode(WireWriter w) {
        w.writeInt32(first).writeInt32(last);
    }
}

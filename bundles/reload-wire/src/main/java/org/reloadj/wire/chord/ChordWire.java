package org.reloadj.wire.chord;

import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;

/**
 * What the CHORD-RELOAD structures (RFC 6940, 10) share: the reading of a whole
 * overlay-specific field. Their Node-ID vectors are read and written
 * by {@link org.reloadj.wire.io.NodeIdVectors}.
 */
final class ChordWire {
    private ChordWire() {
    }

    /** Reads one step of a structure. */
    @FunctionalInterface
    interface Decoder<T> {
        /** Reads a structure from {@code r}. */
        T decode(WireReader r, WireContext ctx) throws WireException;
    }

    /** Reads {@code body} as exactly one structure: bytes left over are invalid. */
    static <T> T decodeWhole(Opaque body, WireContext ctx, String what, Decoder<T> decoder) throws WireException {
        WireReader r = WireReader.of(body);
        T value = decoder.decode(r, ctx);
        r.assertFinished(what);
        return value;
    }
}

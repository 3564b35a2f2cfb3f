package org.reloadj.wire.storage;

import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireIds;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The answer of a Find for one kind (RFC 6940, 7.4.4.2): the stored Resource-ID of that kind
 * closest to the one asked for; 0 when none is known.
 *
 * @param kind    the Kind-ID
 * @param closest the closest Resource-ID
 */
public record FindKindData(KindId kind, ResourceId closest) {
    /** Checks the parts are present. */
    public FindKindData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(closest, "closest");
    }

    /**
     * Reads a FindKindData.
     *
     * @throws WireException Error_Invalid_Message for a bad Resource-ID (255 bytes included)
     */
    public static FindKindData decode(WireReader r) throws WireException {
        KindId kind = WireIds.readKind(r, "kind");
        return new FindKindData(kind, WireIds.readResourceId(r, "closest"));
    }

    /** Writes this FindKindData. */
    public void encode(WireWriter w) {
        WireIds.writeKind(w, kind);
        WireIds.writeResourceId(w, closest);
    }
}

package org.reloadj.wire.chord;

import java.util.Objects;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The body of a CHORD-RELOAD RouteQuery answer (RFC 6940, 10.8): the peer the responder would
 * route the request to next.
 *
 * @param nextPeer the next hop's Node-ID (of the overlay's length, no length prefix)
 */
public record ChordRouteQueryAns(NodeId nextPeer) {
    /** Checks the Node-ID is present. */
    public ChordRouteQueryAns {
        Objects.requireNonNull(nextPeer, "nextPeer");
    }

    /** Reads a ChordRouteQueryAns. */
    public static ChordRouteQueryAns decode(WireReader r, WireContext ctx) throws WireException {
        return new ChordRouteQueryAns(ctx.readNodeId(r, "next_peer"));
    }

    /** Reads a RouteQueryAns body as exactly one ChordRouteQueryAns. */
    public static ChordRouteQueryAns decode(Opaque body, WireContext ctx) throws WireException {
        return ChordWire.decodeWhole(body, ctx, "ChordRouteQueryAns", ChordRouteQueryAns::decode);
    }

    /** Writes the Node-ID. */
    public void encode(WireWriter w) {
        w.writeFixed(nextPeer.bytes());
    }

    /** This answer's bytes, the body of a RouteQueryAns. */
    public Opaque toOpaque() {
        return WireWriter.encode(this::encode);
    }
}

package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A RouteQuery answer (RFC 6940, 6.4.2.4.2): its contents are completely overlay specific, so
 * the whole body is kept as bytes for the Topology Plug-in to read (for CHORD-RELOAD a
 * {@link org.reloadj.wire.chord.ChordRouteQueryAns}, 10.8).
 *
 * @param data the body's bytes
 */
public record RouteQueryAns(Opaque data) implements MessageBody {
    /** Checks the bytes are present. */
    public RouteQueryAns {
        Objects.requireNonNull(data, "data");
    }

    /** Reads every remaining byte as the body. */
    public static RouteQueryAns decode(WireReader r, WireContext ctx) {
        return new RouteQueryAns(r.readRest());
    }

    @Override
    public int messageCode() {
        return MessageCode.ROUTE_QUERY_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeFixed(data);
    }
}

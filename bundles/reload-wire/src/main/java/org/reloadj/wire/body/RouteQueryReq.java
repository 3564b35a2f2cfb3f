package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.Destination;

/**
 * A RouteQuery request (RFC 6940, 6.4.2.4.1): asks a peer where it would route a message for a
 * destination, and possibly for an Update with its Routing Table.
 *
 * @param sendUpdate          whether the responder should send an Update at once
 * @param destination         the Node-ID, Resource-ID or opaque ID asked about
 * @param overlaySpecificData {@code opaque overlay_specific_data<0..2^16-1>} (empty for
 *                            CHORD-RELOAD, 10.8)
 */
public record RouteQueryReq(boolean sendUpdate, Destination destination, Opaque overlaySpecificData)
        implements MessageBody {
    /** Checks the fields are present and fit. */
    public RouteQueryReq {
        Objects.requireNonNull(destination, "destination");
        BodyFields.opaque(overlaySpecificData, 2, "overlay_specific_data");
    }

    /** Reads a RouteQueryReq; a send_update other than 0 or 1 is invalid. */
    public static RouteQueryReq decode(WireReader r, WireContext ctx) throws WireException {
        boolean sendUpdate = r.readBoolean("send_update");
        Destination destination = Destination.decode(r, ctx);
        return new RouteQueryReq(sendUpdate, destination, r.readOpaque(2, "overlay_specific_data"));
    }

    @Override
    public int messageCode() {
        return MessageCode.ROUTE_QUERY_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeBoolean(sendUpdate);
        destination.encode(w);
        w.writeOpaque(2, overlaySpecificData, "overlay_specific_data");
    }
}

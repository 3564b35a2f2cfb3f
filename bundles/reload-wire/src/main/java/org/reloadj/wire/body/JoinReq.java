package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A Join request (RFC 6940, 6.4.2.1): the Node-ID the sending peer wishes to assume, and data
 * the Topology Plug-in defines. The receiver must check the Node-ID is the one that signed the
 * message (Error_Forbidden otherwise); that is not a matter of the encoding.
 *
 * @param joiningPeerId       the joining peer's Node-ID (of the overlay's length, no length prefix)
 * @param overlaySpecificData {@code opaque overlay_specific_data<0..2^16-1>}
 */
public record JoinReq(NodeId joiningPeerId, Opaque overlaySpecificData) implements MessageBody {
    /** Checks the fields are present and fit. */
    public JoinReq {
        Objects.requireNonNull(joiningPeerId, "joiningPeerId");
        BodyFields.opaque(overlaySpecificData, 2, "overlay_specific_data");
    }

    /** Reads a JoinReq; the Node-ID has the length {@code ctx} gives. */
    public static JoinReq decode(WireReader r, WireContext ctx) throws WireException {
        NodeId id = ctx.readNodeId(r, "joining_peer_id");
        return new JoinReq(id, r.readOpaque(2, "overlay_specific_data"));
    }

    @Override
    public int messageCode() {
        return MessageCode.JOIN_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeFixed(joiningPeerId.bytes()).writeOpaque(2, overlaySpecificData, "overlay_specific_data");
    }
}

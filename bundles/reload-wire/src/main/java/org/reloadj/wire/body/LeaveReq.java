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
 * A Leave request (RFC 6940, 6.4.2.2): the Node-ID of the peer leaving, and data the Topology
 * Plug-in defines (for CHORD-RELOAD a {@link org.reloadj.wire.chord.ChordLeaveData}, 10.9).
 *
 * @param leavingPeerId       the leaving peer's Node-ID (of the overlay's length, no length prefix)
 * @param overlaySpecificData {@code opaque overlay_specific_data<0..2^16-1>}
 */
public record LeaveReq(NodeId leavingPeerId, Opaque overlaySpecificData) implements MessageBody {
    /** Checks the fields are present and fit. */
    public LeaveReq {
        Objects.requireNonNull(leavingPeerId, "leavingPeerId");
        BodyFields.opaque(overlaySpecificData, 2, "overlay_specific_data");
    }

    /** Reads a LeaveReq; the Node-ID has the length {@code ctx} gives. */
    public static LeaveReq decode(WireReader r, WireContext ctx) throws WireException {
        NodeId id = ctx.readNodeId(r, "leaving_peer_id");
        return new LeaveReq(id, r.readOpaque(2, "overlay_specific_data"));
    }

    @Override
    public int messageCode() {
        return MessageCode.LEAVE_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeFixed(leavingPeerId.bytes()).writeOpaque(2, overlaySpecificData, "overlay_specific_data");
    }
}

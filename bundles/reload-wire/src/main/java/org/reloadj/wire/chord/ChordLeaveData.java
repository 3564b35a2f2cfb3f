package org.reloadj.wire.chord;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.ChordLeaveType;
import org.reloadj.wire.io.NodeIdVectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The overlay_specific_data of a CHORD-RELOAD Leave request (RFC 6940, 10.9): whether the leaving
 * peer is a successor or a predecessor of the recipient, and its successor or predecessor list.
 * Since the layout depends on the type, any other type is invalid.
 *
 * @param type      {@code from_succ} or {@code from_pred}
 * @param neighbors the sender's successors (from_succ) or predecessors (from_pred)
 */
public record ChordLeaveData(ChordLeaveType type, List<NodeId> neighbors) {
    /** Checks the type is present and copies the list. */
    public ChordLeaveData {
        Objects.requireNonNull(type, "type");
        neighbors = NodeIdVectors.copyOfOneLength(neighbors, fieldName(type));
    }

    /** A Leave sent by a successor of the recipient, with its successor list. */
    public static ChordLeaveData fromSuccessor(List<NodeId> successors) {
        return new ChordLeaveData(ChordLeaveType.FROM_SUCC, successors);
    }

    /** A Leave sent by a predecessor of the recipient, with its predecessor list. */
    public static ChordLeaveData fromPredecessor(List<NodeId> predecessors) {
        return new ChordLeaveData(ChordLeaveType.FROM_PRED, predecessors);
    }

    private static String fieldName(ChordLeaveType type) {
        return type == ChordLeaveType.FROM_SUCC ? "successors" : "predecessors";
    }

    /** Reads a ChordLeaveData; a type other than 1 or 2 is invalid. */
    public static ChordLeaveData decode(WireReader r, WireContext ctx) throws WireException {
        int code = r.readUint8("ChordLeaveType");
        ChordLeaveType type = ChordLeaveType.fromCode(code)
                .orElseThrow(() -> WireException.invalid("ChordLeaveType " + code + " is not from_succ or from_pred"));
        return new ChordLeaveData(type, NodeIdVectors.read(r, ctx, fieldName(type)));
    }

    /** Reads a LeaveReq's overlay_specific_data as exactly one ChordLeaveData. */
    public static ChordLeaveData decode(Opaque data, WireContext ctx) throws WireException {
        return ChordWire.decodeWhole(data, ctx, "ChordLeaveData", ChordLeaveData::decode);
    }

    /** Writes the type and the list. */
    public void encode(WireWriter w) {
        w.writeUint8(type.code());
        NodeIdVectors.write(w, neighbors, fieldName(type));
    }

    /** These bytes, the overlay_specific_data of a LeaveReq. */
    public Opaque toOpaque() {
        return WireWriter.encode(this::encode);
    }
}

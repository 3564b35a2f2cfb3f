package org.reloadj.wire.chord;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.ChordUpdateType;
import org.reloadj.wire.io.NodeIdVectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The body of a CHORD-RELOAD Update request (RFC 6940, 10.7): the sender's uptime and, depending on
 * the type, nothing ({@code peer_ready}), its neighbor table ({@code neighbors}) or its neighbor
 * and finger tables ({@code full}). Since the layout depends on the type, any other type is
 * invalid.
 *
 * @param uptime       seconds the sender has been up, a uint32
 * @param type         the kind of update
 * @param predecessors the predecessor set (empty for peer_ready)
 * @param successors   the successor set (empty for peer_ready)
 * @param fingers      the finger table in ascending order (full only; empty otherwise)
 */
public record ChordUpdate(long uptime, ChordUpdateType type, List<NodeId> predecessors, List<NodeId> successors,
        List<NodeId> fingers) {
    /** Checks the uptime, and that only the lists the type carries hold entries. */
    public ChordUpdate {
        if (uptime < 0 || uptime > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("uptime is a uint32: " + uptime);
        }
        Objects.requireNonNull(type, "type");
        predecessors = NodeIdVectors.copyOfOneLength(predecessors, "predecessors");
        successors = NodeIdVectors.copyOfOneLength(successors, "successors");
        fingers = NodeIdVectors.copyOfOneLength(fingers, "fingers");
        boolean neighborsOk = type != ChordUpdateType.PEER_READY || predecessors.isEmpty() && successors.isEmpty();
        if (!neighborsOk || type != ChordUpdateType.FULL && !fingers.isEmpty()) {
            throw new IllegalArgumentException("a " + type.rfcName() + " update does not carry those tables");
        }
    }

    /** A {@code peer_ready} update: the sender can now be routed through. */
    public static ChordUpdate peerReady(long uptime) {
        return new ChordUpdate(uptime, ChordUpdateType.PEER_READY, List.of(), List.of(), List.of());
    }

    /** A {@code neighbors} update, for the members of the neighbor table. */
    public static ChordUpdate neighbors(long uptime, List<NodeId> predecessors, List<NodeId> successors) {
        return new ChordUpdate(uptime, ChordUpdateType.NEIGHBORS, predecessors, successors, List.of());
    }

    /** A {@code full} update, for a peer that asked with a RouteQueryReq. */
    public static ChordUpdate full(long uptime, List<NodeId> predecessors, List<NodeId> successors,
            List<NodeId> fingers) {
        return new ChordUpdate(uptime, ChordUpdateType.FULL, predecessors, successors, fingers);
    }

    /** Reads a ChordUpdate; a type other than 1..3 is invalid. */
    public static ChordUpdate decode(WireReader r, WireContext ctx) throws WireException {
        long uptime = r.readUint32("uptime");
        int code = r.readUint8("ChordUpdateType");
        ChordUpdateType type = ChordUpdateType.fromCode(code)
                .orElseThrow(() -> WireException.invalid("ChordUpdateType " + code + " is not 1..3"));
        if (type == ChordUpdateType.PEER_READY) {
            return peerReady(uptime);
        }
        List<NodeId> predecessors = NodeIdVectors.read(r, ctx, "predecessors");
        List<NodeId> successors = NodeIdVectors.read(r, ctx, "successors");
        List<NodeId> fingers = type == ChordUpdateType.FULL ? NodeIdVectors.read(r, ctx, "fingers") : List.of();
        return new ChordUpdate(uptime, type, predecessors, successors, fingers);
    }

    /** Reads an UpdateReq body as exactly one ChordUpdate. */
    public static ChordUpdate decode(Opaque body, WireContext ctx) throws WireException {
        return ChordWire.decodeWhole(body, ctx, "ChordUpdate", ChordUpdate::decode);
    }

    /** Writes this update. */
    public void encode(WireWriter w) {
        w.writeUint32(uptime).writeUint8(type.code());
        if (type != ChordUpdateType.PEER_READY) {
            NodeIdVectors.write(w, predecessors, "predecessors");
            NodeIdVectors.write(w, successors, "successors");
        }
        if (type == ChordUpdateType.FULL) {
            NodeIdVectors.write(w, fingers, "fingers");
        }
    }

    /** This update's bytes, the body of an UpdateReq. */
    public Opaque toOpaque() {
        return WireWriter.encode(this::encode);
    }
}

package org.reloadj.wire.io;

import java.util.List;
import org.reloadj.api.NodeId;

/**
 * Reads and writes {@code NodeId x<0..2^16-1>} vectors: Node-IDs of the overlay's fixed length
 * packed behind a 16-bit byte length, each without a length of its own (RFC 6940, 6.3.1.1), as in
 * a StoreKindResponse's replicas (7.4.1.2) and CHORD-RELOAD's neighbor and finger lists (10.7).
 * A byte length that is not a multiple of the overlay's Node-ID length is Error_Invalid_Message.
 */
public final class NodeIdVectors {
    private NodeIdVectors() {
    }

    /**
     * Reads {@code NodeId what<0..2^16-1>}.
     *
     * @throws WireException Error_Invalid_Message when the byte length is not a multiple of the
     *                       overlay's Node-ID length
     */
    public static List<NodeId> read(WireReader r, WireContext ctx, String what) throws WireException {
        WireReader items = r.readVector(2, what);
        if (items.remaining() % ctx.nodeIdLength() != 0) {
            throw WireException.invalid(what + " has " + items.remaining() + " bytes, not a multiple of the "
                    + ctx.nodeIdLength() + "-byte Node-ID");
        }
        return Vectors.readAll(items, in -> ctx.readNodeId(in, what));
    }

    /** Writes {@code NodeId what<0..2^16-1>}. */
    public static void write(WireWriter w, List<NodeId> ids, String what) {
        Vectors.write(w, 2, what, ids, (id, out) -> out.writeFixed(id.bytes()));
    }

    /**
     * An immutable copy of {@code ids}, checked to share one length: a list that mixes lengths
     * could not be read back.
     *
     * @throws IllegalArgumentException when the Node-IDs differ in length
     */
    public static List<NodeId> copyOfOneLength(List<NodeId> ids, String what) {
        List<NodeId> copy = List.copyOf(ids);
        if (copy.stream().mapToInt(NodeId::length).distinct().count() > 1) {
            throw new IllegalArgumentException(what + " mixes Node-IDs of different lengths: " + copy);
        }
        return copy;
    }
}

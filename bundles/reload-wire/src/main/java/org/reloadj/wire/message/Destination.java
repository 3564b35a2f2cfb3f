package org.reloadj.wire.message;

import java.util.Objects;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.DestinationType;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * An entry of a via list or destination list (RFC 6940, 6.3.2.2): a Node-ID, a Resource-ID, an
 * opaque (compressed) identifier, the 16-bit compressed form whose top bit is 1, or a type this
 * implementation does not know (the structure may be extended; such entries are carried through).
 */
public sealed interface Destination {

    /** Writes this entry. */
    void encode(WireWriter w);

    /** A Node-ID destination. */
    static Destination node(NodeId id) {
        return new Node(id);
    }

    /** A Resource-ID destination. */
    static Destination resource(ResourceId id) {
        return new Resource(id);
    }

    /**
     * Reads one entry: the 16-bit form when the first bit is 1, the type-length-value form
     * otherwise.
     */
    static Destination decode(WireReader r, WireContext ctx) throws WireException {
        int first = r.readUint8("destination type");
        if ((first & 0x80) != 0) {
            int low = r.readUint8("compressed destination");
            return new Compressed(first << 8 | low);
        }
        WireReader data = r.readVector(1, "destination_data");
        Destination d = switch (first) {
            case 1 -> new Node(ctx.readNodeId(data, "destination node_id"));
            case 2 -> new Resource(ResourceId.of(data.readOpaque(1, "destination resource_id")));
            case 3 -> new OpaqueId(data.readOpaque(1, "destination opaque_id"));
            case 0 -> throw WireException.invalid("destination of type invalidDestinationType(0)");
            default -> new Unknown(first, data.readRest());
        };
        data.assertFinished("destination of type " + first);
        return d;
    }

    /** A peer, by Node-ID. */
    record Node(NodeId nodeId) implements Destination {
        /** Checks the identifier is present. */
        public Node {
            Objects.requireNonNull(nodeId, "nodeId");
        }

        @Override
        public void encode(WireWriter w) {
            w.writeUint8(DestinationType.NODE.code()).writeUint8(nodeId.length()).writeFixed(nodeId.bytes());
        }
    }

    /** A resource, by Resource-ID; allowed only last in a destination list. */
    record Resource(ResourceId resourceId) implements Destination {
        /** Checks the identifier is present. */
        public Resource {
            Objects.requireNonNull(resourceId, "resourceId");
        }

        @Override
        public void encode(WireWriter w) {
            w.writeUint8(DestinationType.RESOURCE.code()).writeUint8(resourceId.length() + 1);
            w.writeOpaque(1, resourceId.bytes(), "resource_id");
        }
    }

    /** An opaque identifier (a list compressed by the peer that made it), in the TLV form. */
    record OpaqueId(Opaque id) implements Destination {
        /** Checks the identifier fits its one-byte length. */
        public OpaqueId {
            if (id.length() > 254) {
                throw new IllegalArgumentException("an opaque_id has at most 254 bytes: " + id.length());
            }
        }

        @Override
        public void encode(WireWriter w) {
            w.writeUint8(DestinationType.OPAQUE_ID.code()).writeUint8(id.length() + 1);
            w.writeOpaque(1, id, "opaque_id");
        }
    }

    /**
     * The 16-bit compressed form: an opaque_id of two bytes whose first bit is 1 (6.3.2.2).
     *
     * @param value the 16 bits, top bit set
     */
    record Compressed(int value) implements Destination {
        /** Checks the top bit is set. */
        public Compressed {
            if (value < 0x8000 || value > 0xFFFF) {
                throw new IllegalArgumentException("a compressed destination is 16 bits with the top bit set: " + value);
            }
        }

        @Override
        public void encode(WireWriter w) {
            w.writeUint16(value);
        }
    }

    /**
     * A destination type this implementation does not know, kept as it came.
     *
     * @param type the type, 4..127
     * @param data the destination_data
     */
    record Unknown(int type, Opaque data) implements Destination {
        /** Checks the type is one the TLV form can carry and this is not a known type. */
        public Unknown {
            if (type < 4 || type > 127) {
                throw new IllegalArgumentException("not an unknown destination type: " + type);
            }
            if (data.length() > 255) {
                throw new IllegalArgumentException("destination data has at most 255 bytes: " + data.length());
            }
        }

        @Override
        public void encode(WireWriter w) {
            w.writeUint8(type).writeOpaque(1, data, "destination_data");
        }
    }
}

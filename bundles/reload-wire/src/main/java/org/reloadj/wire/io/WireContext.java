package org.reloadj.wire.io;

import java.util.Objects;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.registry.DataModel;

/**
 * What a decoder must know about the overlay to read its messages: the Node-ID length
 * (RFC 6940, 6.3.1.1: 16 to 20 bytes, fixed per overlay), the largest message accepted
 * (max-message-size of the configuration, 11.1; 5000 bytes when absent) and the data model of
 * each kind (7.2).
 *
 * @param nodeIdLength   Node-ID length in bytes
 * @param maxMessageSize the largest message, in bytes, that a decoder accepts
 * @param kindModels     the data model of each known kind
 */
public record WireContext(int nodeIdLength, int maxMessageSize, KindModels kindModels) {
    /** The default max-message-size (RFC 6940, 11.1). */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 5000;
    /** The Node-ID length of CHORD-RELOAD (RFC 6940, 10). */
    public static final int CHORD_NODE_ID_LENGTH = 16;

    /** Checks the limits. */
    public WireContext {
        if (!NodeId.isValidLength(nodeIdLength)) {
            throw new IllegalArgumentException("Node-IDs have 16 to 20 bytes, not " + nodeIdLength);
        }
        if (maxMessageSize < 1) {
            throw new IllegalArgumentException("max message size must be positive: " + maxMessageSize);
        }
        Objects.requireNonNull(kindModels, "kindModels");
    }

    /** CHORD-RELOAD's 16-byte Node-IDs, 5000-byte messages and the standard kinds. */
    public static WireContext defaults() {
        return new WireContext(CHORD_NODE_ID_LENGTH, DEFAULT_MAX_MESSAGE_SIZE, KindModels.standard());
    }

    /** This context with another largest message size. */
    public WireContext withMaxMessageSize(int size) {
        return new WireContext(nodeIdLength, size, kindModels);
    }

    /** This context with other kind models. */
    public WireContext withKindModels(KindModels models) {
        return new WireContext(nodeIdLength, maxMessageSize, models);
    }

    /** Reads a Node-ID of this overlay's length (no length prefix on the wire). */
    public NodeId readNodeId(WireReader r, String what) throws WireException {
        return NodeId.of(r.readFixed(nodeIdLength, what));
    }

    /** Checks a Node-ID about to be written has this overlay's length. */
    public void checkNodeId(NodeId id) {
        if (id.length() != nodeIdLength) {
            throw new IllegalArgumentException("this overlay's Node-IDs have " + nodeIdLength + " bytes, not " + id.length());
        }
    }

    /**
     * The data model of {@code kind}.
     *
     * @throws WireException Error_Unknown_Kind when the kind is unknown (7.4.1.2)
     */
    public DataModel modelOf(KindId kind) throws WireException {
        return kindModels.modelOf(kind).orElseThrow(
                () -> new WireException(ErrorCode.ERROR_UNKNOWN_KIND, "unknown kind " + kind));
    }
}

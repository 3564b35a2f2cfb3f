package org.reloadj.core.storage;

import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * The access control policies of RFC 6940, 7.3: whether a signer may write a value of a kind at a
 * Resource-ID. Hashing is the overlay's ({@link ResourceIdHasher}); user names are hashed as their
 * UTF-8 bytes, Node-IDs as their bytes.
 *
 * <ul>
 * <li>USER-MATCH (7.3.1): the certificate's user name hashes to the Resource-ID.
 * <li>NODE-MATCH (7.3.2): the Node-ID the signer identity names hashes to the Resource-ID.
 * <li>USER-NODE-MATCH (7.3.3), dictionaries only: the user name hashes to the Resource-ID and the
 *     dictionary key equals the Node-ID the signer identity names.
 * <li>NODE-MULTIPLE (7.3.4): H(Node-ID || i) is the Resource-ID for some i from 1 to the kind's
 *     max-node-multiple, with the Node-ID the signer identity names. The RFC does not say how i is
 *     encoded; the one usage of the policy (TURN-SERVICE, 9) concatenates "the value d" that its
 *     TurnServer structure carries as a uint8, so i is one byte here, and i goes at most to 255.
 * </ul>
 * EXP-MATCH, and any policy this class does not know, permits nothing.
 */
public final class AccessControl {
    /** The largest i of NODE-MULTIPLE: i is one byte. */
    public static final int MAX_NODE_MULTIPLE = 255;

    private final ResourceIdHasher hasher;

    /** Access control hashing with the overlay's hash. */
    public AccessControl(ResourceIdHasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /**
     * Checks that {@code writer} may write {@code value} of {@code kind} at {@code resource}.
     *
     * @throws StorageException Error_Forbidden when the kind's policy does not allow it
     */
    public void check(KindDefinition kind, ResourceId resource, StoredDataValue value, Writer writer)
            throws StorageException {
        if (!permits(kind, resource, value, writer)) {
            throw StorageException.forbidden(kind.accessControl().rfcName() + " does not let "
                    + describe(writer) + " write kind " + kind.id() + " at " + resource);
        }
    }

    /** Whether the policy of {@code kind} lets {@code writer} write {@code value} at {@code resource}. */
    public boolean permits(KindDefinition kind, ResourceId resource, StoredDataValue value, Writer writer) {
        NodeId signer = writer.signingNodeId();
        return switch (kind.accessControl()) {
            case USER_MATCH -> userMatches(resource, writer);
            case NODE_MATCH -> hasher.hash(signer.bytes()).equals(resource);
            case USER_NODE_MATCH -> value instanceof StoredDataValue.DictionaryEntry entry
                    && entry.key().equals(signer.bytes())
                    && userMatches(resource, writer);
            case NODE_MULTIPLE -> nodeMultipleMatches(resource, signer, kind.maxNodeMultiple());
            default -> false;
        };
    }

    /** The Resource Name of NODE-MULTIPLE for {@code nodeId} and {@code i}: Node-ID || i (one byte). */
    public static Opaque nodeMultipleName(NodeId nodeId, int i) {
        if (i < 1 || i > MAX_NODE_MULTIPLE) {
            throw new IllegalArgumentException("i is 1 to " + MAX_NODE_MULTIPLE + ": " + i);
        }
        byte[] name = new byte[nodeId.length() + 1];
        nodeId.bytes().copyTo(name, 0);
        name[name.length - 1] = (byte) i;
        return Opaque.of(name);
    }

    private boolean userMatches(ResourceId resource, Writer writer) {
        Optional<String> user = writer.userName();
        return user.isPresent() && hasher.hash(Opaque.utf8(user.get())).equals(resource);
    }

    private boolean nodeMultipleMatches(ResourceId resource, NodeId signer, int maxNodeMultiple) {
        int max = Math.min(maxNodeMultiple, MAX_NODE_MULTIPLE);
        for (int i = 1; i <= max; i++) {
            if (hasher.hash(nodeMultipleName(signer, i)).equals(resource)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Writer writer) {
        return writer.userName().map(u -> u + " (" + writer.signingNodeId() + ")")
                .orElse(writer.signingNodeId().toString());
    }
}

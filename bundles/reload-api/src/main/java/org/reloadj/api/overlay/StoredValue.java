package org.reloadj.api.overlay;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;

/**
 * One value of a kind at a resource (RFC 6940, 7 and 7.2).
 *
 * @param slot        where it lives in the data model
 * @param exists      false for a deletion (or, in a fetch, for an array index never stored)
 * @param value       the bytes
 * @param storageTime the writer's time of storing (7: storage_time)
 * @param lifetime    how long it lives from then
 * @param signer      in fetched values: who signed it (user name and Node-ID); empty when storing
 */
public record StoredValue(Slot slot, boolean exists, Opaque value, Instant storageTime, Duration lifetime,
        Optional<Signer> signer) {
    /** Checks the parts. */
    public StoredValue {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(storageTime, "storageTime");
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(signer, "signer");
    }

    /** A value to store now, living for {@code lifetime}. */
    public static StoredValue of(Slot slot, Opaque value, Instant now, Duration lifetime) {
        return new StoredValue(slot, true, value, now, lifetime, Optional.empty());
    }

    /** A deletion of the value at {@code slot} (exists = false, 7.2.1). */
    public static StoredValue deletion(Slot slot, Instant now, Duration lifetime) {
        return new StoredValue(slot, false, Opaque.EMPTY, now, lifetime, Optional.empty());
    }

    /**
     * Who signed a stored value (7.1).
     *
     * @param userName the rfc822Name of the signer's certificate
     * @param nodeId   the Node-ID the signer used
     */
    public record Signer(String userName, NodeId nodeId) {
    }
}

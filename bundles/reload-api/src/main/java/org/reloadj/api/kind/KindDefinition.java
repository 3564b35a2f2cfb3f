package org.reloadj.api.kind;

import java.util.Objects;
import org.reloadj.api.KindId;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;

/**
 * A kind of stored data (RFC 6940, 5.2 and 7; the kind element of the configuration, 11.1): its
 * Kind-ID, name, data model, access control policy and the limits every storing peer enforces.
 *
 * @param id              the Kind-ID
 * @param name            the registered name (e.g. {@code CERTIFICATE_BY_USER}), or a local one
 * @param dataModel       single value, array or dictionary (7.2)
 * @param accessControl   who may write (7.3)
 * @param maxCount        the most values a peer stores for one Resource-ID (per kind)
 * @param maxSize         the largest value, in bytes
 * @param maxNodeMultiple for NODE-MULTIPLE: the largest index i allowed (7.3.4), otherwise 0
 */
public record KindDefinition(KindId id, String name, DataModel dataModel, AccessControlPolicy accessControl,
        int maxCount, int maxSize, int maxNodeMultiple) {

    /** Checks the limits (11.1: max-node-multiple is required and positive for NODE-MULTIPLE). */
    public KindDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataModel, "dataModel");
        Objects.requireNonNull(accessControl, "accessControl");
        if (maxCount < 0 || maxSize < 0) {
            throw new IllegalArgumentException("max-count and max-size are not negative");
        }
        if (accessControl == AccessControlPolicy.NODE_MULTIPLE ? maxNodeMultiple < 1 : maxNodeMultiple != 0) {
            throw new IllegalArgumentException("max-node-multiple is required, and positive, exactly for NODE-MULTIPLE");
        }
    }

    /** A kind of any policy but NODE-MULTIPLE. */
    public static KindDefinition of(KindId id, String name, DataModel model, AccessControlPolicy policy, int maxCount,
            int maxSize) {
        return new KindDefinition(id, name, model, policy, maxCount, maxSize, 0);
    }
}

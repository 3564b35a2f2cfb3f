package org.reloadj.config.internal.check;

import java.util.Map;
import java.util.Optional;
import org.reloadj.api.KindId;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;

/**
 * The kinds registered with IANA that a configuration may name (RFC 6940, 11.1 and 14.6), with
 * the data model and access control of their registration where this project has its text.
 */
final class RegisteredKinds {
    /**
     * A registered kind.
     *
     * @param id            its Kind-ID
     * @param dataModel     the registered data model, when known here
     * @param accessControl the registered access control, when known here
     */
    record Registration(KindId id, Optional<DataModel> dataModel, Optional<AccessControlPolicy> accessControl) {
    }

    private static final Map<String, Registration> BY_NAME = Map.of(
            // RFC 6940, 9: "stores a single value for each Resource-ID", NODE-MULTIPLE
            "TURN-SERVICE", known(KindId.TURN_SERVICE, DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MULTIPLE),
            // RFC 6940, 8
            "CERTIFICATE_BY_NODE", known(KindId.CERTIFICATE_BY_NODE, DataModel.ARRAY, AccessControlPolicy.NODE_MATCH),
            "CERTIFICATE_BY_USER", known(KindId.CERTIFICATE_BY_USER, DataModel.ARRAY, AccessControlPolicy.USER_MATCH),
            // RFC 7904 (the SIP usage; its text is not in this project): the name and Kind-ID only
            "SIP-REGISTRATION", new Registration(new KindId(0x1), Optional.empty(), Optional.empty()));

    /** Kind-IDs that name no kind: INVALID and the two reserved values (14.6). */
    static final java.util.Set<KindId> RESERVED_IDS =
            java.util.Set.of(new KindId(0), new KindId(0x7fff_ffffL), new KindId(0xffff_fffeL));

    private RegisteredKinds() {
    }

    /** The registration of {@code name}, if it is a registered kind name. */
    static Optional<Registration> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Registration known(KindId id, DataModel model, AccessControlPolicy policy) {
        return new Registration(id, Optional.of(model), Optional.of(policy));
    }
}

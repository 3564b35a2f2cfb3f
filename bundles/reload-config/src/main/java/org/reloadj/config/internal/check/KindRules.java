package org.reloadj.config.internal.check;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.reloadj.api.KindId;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.config.KindBlock;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.Problem;
import org.reloadj.config.ValidationContext;

/**
 * The rules of RFC 6940, 11.1 on {@code required-kinds}: each kind named once, by a known name or a
 * usable Kind-ID, with a data model and access control this node supports, matching the
 * registration of a registered kind, and {@code max-node-multiple} where NODE-MULTIPLE needs it.
 */
final class KindRules {
    private final OverlayConfiguration c;
    private final ValidationContext context;
    private final Findings out;

    private KindRules(OverlayConfiguration c, ValidationContext context, Findings out) {
        this.c = c;
        this.context = context;
        this.out = out;
    }

    static void check(OverlayConfiguration c, ValidationContext context, Findings out) {
        KindRules r = new KindRules(c, context, out);
        Set<KindId> seen = new HashSet<>();
        for (KindBlock k : c.kinds()) {
            r.identity(k).ifPresent(id -> out.require(seen.add(id), Places.of(c, k),
                    "kind " + id + " is defined twice (RFC 6940, 11.1)"));
            r.policies(k);
            r.limits(k);
        }
    }

    /** The Kind-ID the block names, if it names one properly. */
    private Optional<KindId> identity(KindBlock k) {
        String where = Places.of(c, k);
        if (k.name().isPresent() == k.id().isPresent()) {
            return Optional.empty(); // neither or both: the grammar reports it
        }
        if (k.id().isPresent()) {
            KindId id = k.id().get();
            out.require(!RegisteredKinds.RESERVED_IDS.contains(id), where,
                    "Kind-ID " + id + " is reserved and names no kind (RFC 6940, 14.6)");
            return k.id();
        }
        String name = k.name().get();
        Optional<KindId> id = RegisteredKinds.find(name).map(RegisteredKinds.Registration::id)
                .or(() -> Optional.ofNullable(context.kindNames().get(name)));
        if (id.isEmpty()) {
            out.error(Problem.Category.SUPPORT, where, "must not join: the kind name \"" + name
                    + "\" is neither registered nor known to this node (RFC 6940, 11.1, 14.6)");
        }
        return id;
    }

    /**
     * A registered kind's data model and access control are those of its registration (11.1: nodes
     * ignore the document's), so a different value is only a warning; otherwise they must be ones
     * this node supports.
     */
    private void policies(KindBlock k) {
        String where = Places.of(c, k);
        Optional<RegisteredKinds.Registration> reg = k.name().flatMap(RegisteredKinds::find);
        policy(where, "data-model", k.dataModel(), k.knownDataModel().isPresent(),
                reg.flatMap(RegisteredKinds.Registration::dataModel).map(DataModel::rfcName), "7.2");
        policy(where, "access-control", k.accessControl(), k.knownAccessControl().isPresent(),
                reg.flatMap(RegisteredKinds.Registration::accessControl).map(AccessControlPolicy::rfcName), "7.3");
    }

    private void policy(String where, String element, String given, boolean supported, Optional<String> registered,
            String section) {
        if (registered.isPresent()) {
            if (!registered.get().equals(given)) {
                out.warning(Problem.Category.VALUE, where, element + " " + given + " differs from the registered "
                        + registered.get() + ", which nodes use (RFC 6940, 11.1)");
            }
        } else if (!supported) {
            out.error(Problem.Category.SUPPORT, where, "must not join: " + element + " \"" + given
                    + "\" is not supported (RFC 6940, " + section + ")");
        }
    }

    private void limits(KindBlock k) {
        String where = Places.of(c, k);
        out.require(k.maxCount() >= 0, where, "max-count " + k.maxCount() + " is negative");
        out.require(k.maxSize() >= 0, where, "max-size " + k.maxSize() + " is negative");
        boolean nodeMultiple = k.knownAccessControl().filter(AccessControlPolicy.NODE_MULTIPLE::equals).isPresent();
        if (nodeMultiple && k.maxNodeMultiple().isEmpty()) {
            out.error(Problem.Category.VALUE, where,
                    "NODE-MULTIPLE needs a max-node-multiple element (RFC 6940, 11.1)");
        }
        k.maxNodeMultiple().ifPresent(m -> out.require(m > 0, where,
                "max-node-multiple " + m + " is not greater than 0 (RFC 6940, 11.1)"));
    }
}

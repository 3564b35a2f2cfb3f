package org.reloadj.core.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reloadj.api.KindId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;

/**
 * The kinds a node knows: an immutable snapshot of the configuration's kinds plus the kinds of the
 * usage services registered on the node (RFC 6940, 5.1, 7.4.5 and 11.1). Registering or removing a
 * usage, or a new configuration, gives a new table; the node swaps it in at once.
 *
 * <p>When the configuration and a usage define the same Kind-ID, the configuration's limits win
 * (max-count, max-size, max-node-multiple: the overlay's operator sets the quotas, 13.5.2). The data
 * model and access control policy follow 11.1: for a kind registered with IANA (a Kind-ID outside the
 * private-use range), nodes "MUST ignore them in favor of the IANA versions", and the usage that
 * implements the kind carries the registration, so its model and policy win; for a private-use
 * Kind-ID the configuration defines the kind entirely. Either way the usage still validates the
 * values. When two usages define the same Kind-ID, the one registered first wins until it leaves.
 */
public final class KindTable {
    private static final KindTable EMPTY = new KindTable(Map.of(), List.of());

    private final Map<KindId, KindDefinition> configured;
    private final List<UsageDefinition> usages;
    private final Map<KindId, ResolvedKind> effective;

    private KindTable(Map<KindId, KindDefinition> configured, List<UsageDefinition> usages) {
        this.configured = configured;
        this.usages = usages;
        this.effective = combine(configured, usages);
    }

    /** The table without any kind. */
    public static KindTable empty() {
        return EMPTY;
    }

    /**
     * The table of the configuration's kinds (its required-kinds, 11.1).
     *
     * @throws IllegalArgumentException when a Kind-ID appears twice
     */
    public static KindTable of(Collection<KindDefinition> configurationKinds) {
        return EMPTY.withConfiguration(configurationKinds);
    }

    /** This table with the configuration's kinds replaced (a new configuration, 6.5.4). */
    public KindTable withConfiguration(Collection<KindDefinition> configurationKinds) {
        Map<KindId, KindDefinition> byId = new LinkedHashMap<>();
        for (KindDefinition k : configurationKinds) {
            if (byId.put(k.id(), k) != null) {
                throw new IllegalArgumentException("kind " + k.id() + " is configured twice");
            }
        }
        return new KindTable(Map.copyOf(byId), usages);
    }

    /** This table with the kinds of {@code usage} (a usage service registered). */
    public KindTable with(UsageDefinition usage) {
        if (usages.contains(usage)) {
            return this;
        }
        List<UsageDefinition> more = new ArrayList<>(usages);
        more.add(usage);
        return new KindTable(configured, List.copyOf(more));
    }

    /** This table without the kinds of {@code usage} (a usage service gone). */
    public KindTable without(UsageDefinition usage) {
        List<UsageDefinition> fewer = new ArrayList<>(usages);
        return fewer.remove(usage) ? new KindTable(configured, List.copyOf(fewer)) : this;
    }

    /** The kind with this Kind-ID, if the node knows it. */
    public Optional<ResolvedKind> find(KindId kind) {
        return Optional.ofNullable(effective.get(kind));
    }

    /** The Kind-IDs this table knows. */
    public Collection<KindId> kindIds() {
        return effective.keySet();
    }

    /**
     * The kinds of a request, by Kind-ID. A kind is unknown when it is not in the table or its data
     * model has no structure this implementation stores (7.4.1.1: "known and supported").
     *
     * @throws StorageException Error_Unknown_Kind listing every unknown kind of the request (7.4.1.2)
     */
    public Map<KindId, ResolvedKind> resolveAll(Collection<KindId> kinds) throws StorageException {
        Map<KindId, ResolvedKind> found = new LinkedHashMap<>();
        List<KindId> unknown = new ArrayList<>();
        for (KindId id : kinds) {
            ResolvedKind k = effective.get(id);
            if (k == null || !isStorable(k.definition().dataModel())) {
                if (!unknown.contains(id)) {
                    unknown.add(id);
                }
            } else {
                found.put(id, k);
            }
        }
        if (!unknown.isEmpty()) {
            throw StorageException.unknownKinds(unknown);
        }
        return found;
    }

    private static boolean isStorable(DataModel model) {
        return model == DataModel.SINGLE_VALUE || model == DataModel.ARRAY || model == DataModel.DICTIONARY;
    }

    private static Map<KindId, ResolvedKind> combine(Map<KindId, KindDefinition> configured,
            List<UsageDefinition> usages) {
        Map<KindId, ResolvedKind> result = new LinkedHashMap<>();
        configured.values().forEach(k -> result.put(k.id(), new ResolvedKind(k, Optional.empty())));
        for (UsageDefinition usage : usages) {
            for (KindDefinition k : usage.kinds()) {
                ResolvedKind present = result.get(k.id());
                if (present == null) {
                    result.put(k.id(), new ResolvedKind(k, Optional.of(usage)));
                } else if (present.usage().isEmpty()) {
                    result.put(k.id(), new ResolvedKind(merge(present.definition(), k), Optional.of(usage)));
                }
            }
        }
        return Map.copyOf(result);
    }

    /** The configured kind, with the usage's model and policy for an IANA-registered Kind-ID (11.1). */
    private static KindDefinition merge(KindDefinition configured, KindDefinition registered) {
        if (configured.id().isPrivateUse()) {
            return configured;
        }
        AccessControlPolicy policy = registered.accessControl();
        int nodeMultiple = 0;
        if (policy == AccessControlPolicy.NODE_MULTIPLE) {
            nodeMultiple = configured.maxNodeMultiple() > 0 ? configured.maxNodeMultiple()
                    : registered.maxNodeMultiple();
        }
        return new KindDefinition(configured.id(), configured.name(), registered.dataModel(), policy,
                configured.maxCount(), configured.maxSize(), nodeMultiple);
    }
}

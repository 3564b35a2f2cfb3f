package org.reloadj.core.usage;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.registry.DataModel;
import org.reloadj.core.storage.KindTable;
import org.reloadj.wire.io.KindModels;

/**
 * The usages registered on one node and the {@link KindTable} they make with the configuration's
 * kinds (RFC 6940, 5.1: a usage defines kinds; 7.4.1.1: a Store's "Kind-ID is known and
 * supported"). Adding a usage makes its kinds storable at once and removing it makes them unknown
 * (Error_Unknown_Kind), without a restart: every request reads the table current when it arrives.
 * A new configuration replaces the configured kinds the same way (6.5.4).
 *
 * <p>Plain Java: the OSGi component that tracks {@link UsageDefinition} services calls
 * {@link #add} and {@link #remove} from its dynamic reference. Thread-safe: the table is an
 * immutable snapshot swapped atomically.
 */
public final class UsageRegistry {
    private final AtomicReference<KindTable> table;

    /** A registry of no usage, with the configuration's {@code configured} kinds. */
    public UsageRegistry(Collection<KindDefinition> configured) {
        this.table = new AtomicReference<>(KindTable.of(configured));
    }

    /** The kinds known now. */
    public KindTable table() {
        return table.get();
    }

    /** Registers {@code usage}: its kinds are known from now on. */
    public void add(UsageDefinition usage) {
        Objects.requireNonNull(usage, "usage");
        table.updateAndGet(t -> t.with(usage));
    }

    /** Unregisters {@code usage}: kinds no other source defines become unknown. */
    public void remove(UsageDefinition usage) {
        table.updateAndGet(t -> t.without(usage));
    }

    /** Replaces the configuration's kinds (a new Configuration Document, 6.5.4). */
    public void configure(Collection<KindDefinition> configured) {
        table.updateAndGet(t -> t.withConfiguration(configured));
    }

    /**
     * The data models the codec reads stored values with (7.2): those of the known kinds, and for
     * other kinds those RFC 6940 defines, so that a Store of such a kind still parses and is
     * refused with the full list of unknown kinds.
     */
    public KindModels kindModels() {
        return kind -> {
            Optional<DataModel> known = table.get().find(kind).map(k -> k.definition().dataModel());
            return known.isPresent() ? known : KindModels.standard().modelOf(kind);
        };
    }
}

package org.reloadj.core.storage;

import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.kind.UsageDefinition;

/**
 * A kind as a node applies it: the effective definition (see {@link KindTable} for how the
 * configuration's and a usage's definitions combine) and the usage that validates its values, if
 * a usage service defines it.
 *
 * @param definition the effective definition
 * @param usage      the usage defining the kind on this node, if any
 */
public record ResolvedKind(KindDefinition definition, Optional<UsageDefinition> usage) {
    /** Checks the parts are present. */
    public ResolvedKind {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * Lets the usage check a value about to be stored (a no-op for a kind of the configuration
     * alone).
     *
     * @throws ReloadException the usage's refusal
     */
    public void validate(Opaque value) throws ReloadException {
        if (usage.isPresent()) {
            usage.get().validate(definition.id(), value);
        }
    }
}

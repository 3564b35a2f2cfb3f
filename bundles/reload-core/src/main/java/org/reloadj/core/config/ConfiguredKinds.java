package org.reloadj.core.config;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reloadj.api.KindId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.config.KindBlock;
import org.reloadj.config.LocalKindName;
import org.reloadj.config.OverlayConfiguration;

/**
 * The kinds of a configuration's {@code required-kinds} (RFC 6940, 11.1) as the node's kind table
 * takes them. A kind-block names its kind by Kind-ID, or by a name registered with IANA (14.6), of
 * which RFC 6940 defines TURN-SERVICE, CERTIFICATE_BY_NODE and CERTIFICATE_BY_USER, and RFC 7904
 * SIP-REGISTRATION; a kind named by Kind-ID takes the name its {@link LocalKindName} element gives,
 * if any. A block this node cannot use (an unknown name, data model or access control
 * policy, or limits out of range) is left out and logged; the configuration's validator reports
 * such blocks when the document is accepted.
 */
public final class ConfiguredKinds {
    private static final System.Logger LOG = System.getLogger("org.reloadj.core.config");

    /** The registered kind names and their Kind-IDs. */
    public static final Map<String, KindId> REGISTERED_NAMES = Map.of("SIP-REGISTRATION", new KindId(0x1),
            "TURN-SERVICE", KindId.TURN_SERVICE, "CERTIFICATE_BY_NODE", KindId.CERTIFICATE_BY_NODE,
            "CERTIFICATE_BY_USER", KindId.CERTIFICATE_BY_USER);

    private ConfiguredKinds() {
    }

    /** The kinds of {@code configuration} this node can use. */
    public static List<KindDefinition> of(OverlayConfiguration configuration) {
        List<KindDefinition> kinds = new ArrayList<>();
        for (KindBlock block : configuration.kinds()) {
            definition(block).ifPresentOrElse(kinds::add,
                    () -> LOG.log(Level.WARNING, "kind-block " + block.label() + " is not usable and is ignored"));
        }
        return kinds;
    }

    /** The definition of one kind-block, if this node can use it. */
    public static Optional<KindDefinition> definition(KindBlock block) {
        Optional<KindId> id = block.id().or(() -> block.name().map(REGISTERED_NAMES::get));
        Optional<DataModel> model = block.knownDataModel();
        Optional<AccessControlPolicy> policy = block.knownAccessControl();
        if (id.isEmpty() || model.isEmpty() || policy.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new KindDefinition(id.get(), LocalKindName.of(block).orElse(block.label()), model.get(),
                    policy.get(),
                    block.maxCount(), block.maxSize(),
                    policy.get() == AccessControlPolicy.NODE_MULTIPLE ? block.maxNodeMultiple().orElse(0) : 0));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

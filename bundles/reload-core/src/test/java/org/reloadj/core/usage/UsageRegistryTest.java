package org.reloadj.core.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.core.storage.UsageDefinitions;

/** The kind table follows usages and configurations at once (RFC 6940, 5.1, 6.5.4). */
class UsageRegistryTest {
    private static final KindDefinition CONFIGURED = KindDefinition.of(new KindId(0xF000_0001L), "configured",
            DataModel.SINGLE_VALUE, AccessControlPolicy.USER_MATCH, 1, 10);
    private static final KindDefinition OF_USAGE = KindDefinition.of(new KindId(0xF000_0002L), "usage",
            DataModel.DICTIONARY, AccessControlPolicy.USER_NODE_MATCH, 5, 10);

    private final UsageRegistry registry = new UsageRegistry(List.of(CONFIGURED));
    private final UsageDefinition usage = UsageDefinitions.of("test usage", OF_USAGE);

    @Test
    void a_usage_adds_its_kinds_until_it_is_removed() {
        assertThat(registry.table().kindIds()).containsExactly(CONFIGURED.id());

        registry.add(usage);
        assertThat(registry.table().kindIds()).containsExactlyInAnyOrder(CONFIGURED.id(), OF_USAGE.id());
        assertThat(registry.kindModels().modelOf(OF_USAGE.id())).contains(DataModel.DICTIONARY);

        registry.remove(usage);
        assertThat(registry.table().kindIds()).containsExactly(CONFIGURED.id());
        assertThat(registry.kindModels().modelOf(OF_USAGE.id())).isEmpty();
    }

    @Test
    void a_new_configuration_replaces_the_configured_kinds_and_keeps_the_usages() {
        registry.add(usage);

        registry.configure(List.of());

        assertThat(registry.table().kindIds()).containsExactly(OF_USAGE.id());
    }

    @Test
    void the_kinds_rfc_6940_defines_are_read_in_their_models_even_when_unknown() {
        assertThat(registry.table().find(KindId.CERTIFICATE_BY_USER)).isEmpty();
        assertThat(registry.kindModels().modelOf(KindId.CERTIFICATE_BY_USER)).contains(DataModel.ARRAY);
    }
}

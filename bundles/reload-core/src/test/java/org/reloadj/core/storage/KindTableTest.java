package org.reloadj.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireIds;
import org.reloadj.wire.io.WireReader;

class KindTableTest {
    private static final KindDefinition CONFIGURED_CERT = KindDefinition.of(KindId.CERTIFICATE_BY_USER,
            "CERTIFICATE_BY_USER", DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MATCH, 7, 2000);
    private static final KindDefinition REGISTERED_CERT = KindDefinition.of(KindId.CERTIFICATE_BY_USER,
            "CERTIFICATE_BY_USER", DataModel.ARRAY, AccessControlPolicy.USER_MATCH, 1, 100);
    private static final KindDefinition PRIVATE = KindDefinition.of(new KindId(0xF000_0001L), "PRIVATE",
            DataModel.DICTIONARY, AccessControlPolicy.USER_NODE_MATCH, 5, 50);

    static List<KindId> unknownKindsIn(StorageException e) throws WireException {
        return Vectors.read(WireReader.of(e.errorInfo()), 1, "unknown_kinds", r -> WireIds.readKind(r, "kind"));
    }

    @Test
    void knows_the_kinds_of_the_configuration() {
        KindTable table = KindTable.of(List.of(PRIVATE));
        assertThat(table.find(PRIVATE.id())).map(ResolvedKind::definition).contains(PRIVATE);
        assertThat(table.find(KindId.TURN_SERVICE)).isEmpty();
    }

    @Test
    void a_registered_usage_makes_its_kinds_known_and_its_removal_forgets_them() {
        UsageDefinition usage = UsageDefinitions.of("private usage", PRIVATE);
        KindTable without = KindTable.empty();
        KindTable with = without.with(usage);

        assertThat(with.find(PRIVATE.id())).isPresent();
        assertThat(without.find(PRIVATE.id())).as("tables are snapshots").isEmpty();
        assertThat(with.without(usage).find(PRIVATE.id())).isEmpty();
    }

    @Test
    void the_configuration_sets_the_limits_and_the_usage_the_model_and_policy_of_an_iana_kind() {
        KindTable table = KindTable.of(List.of(CONFIGURED_CERT)).with(UsageDefinitions.of("Certificate Store", REGISTERED_CERT));

        KindDefinition k = table.find(KindId.CERTIFICATE_BY_USER).orElseThrow().definition();
        assertThat(k.dataModel()).isEqualTo(DataModel.ARRAY);
        assertThat(k.accessControl()).isEqualTo(AccessControlPolicy.USER_MATCH);
        assertThat(k.maxCount()).isEqualTo(7);
        assertThat(k.maxSize()).isEqualTo(2000);
    }

    @Test
    void the_configuration_defines_a_private_use_kind_entirely() {
        KindDefinition usages = KindDefinition.of(PRIVATE.id(), "OTHER", DataModel.SINGLE_VALUE,
                AccessControlPolicy.NODE_MATCH, 1, 1);
        KindTable table = KindTable.of(List.of(PRIVATE)).with(UsageDefinitions.of("u", usages));

        ResolvedKind k = table.find(PRIVATE.id()).orElseThrow();
        assertThat(k.definition()).isEqualTo(PRIVATE);
        assertThat(k.usage()).as("the usage still validates the values").isPresent();
    }

    @Test
    void the_first_usage_registered_wins_until_it_leaves() {
        KindDefinition second = KindDefinition.of(PRIVATE.id(), "SECOND", DataModel.ARRAY,
                AccessControlPolicy.USER_MATCH, 1, 1);
        UsageDefinition first = UsageDefinitions.of("first", PRIVATE);
        KindTable table = KindTable.empty().with(first).with(UsageDefinitions.of("second", second));

        assertThat(table.find(PRIVATE.id()).orElseThrow().definition()).isEqualTo(PRIVATE);
        assertThat(table.without(first).find(PRIVATE.id()).orElseThrow().definition()).isEqualTo(second);
    }

    @Test
    void the_usage_validates_values_of_its_kinds() {
        ResolvedKind k = KindTable.empty().with(new UsageDefinitions.Refusing(PRIVATE)).find(PRIVATE.id()).orElseThrow();
        assertThatThrownBy(() -> k.validate(Opaque.utf8("x"))).hasMessage("refused by the usage");
    }

    @Test
    void lists_every_unknown_kind_of_a_request_in_the_error_info() throws WireException {
        KindTable table = KindTable.of(List.of(PRIVATE));
        List<KindId> asked = List.of(new KindId(9), PRIVATE.id(), new KindId(7));

        StorageException e = StorageFixture.refused(ErrorCode.ERROR_UNKNOWN_KIND, () -> table.resolveAll(asked));
        assertThat(unknownKindsIn(e)).containsExactly(new KindId(9), new KindId(7));
    }

    @Test
    void the_error_info_lists_at_most_63_unknown_kinds() throws WireException {
        List<KindId> asked = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            asked.add(new KindId(i));
        }
        StorageException e = StorageFixture.refused(ErrorCode.ERROR_UNKNOWN_KIND,
                () -> KindTable.empty().resolveAll(asked));
        assertThat(unknownKindsIn(e)).hasSize(63).startsWith(new KindId(1));
    }

    @Test
    void a_kind_of_a_data_model_without_storage_is_unknown() throws WireException {
        KindDefinition exp = KindDefinition.of(new KindId(0xF000_0009L), "EXP", DataModel.EXP_DATA,
                AccessControlPolicy.USER_MATCH, 1, 1);
        StorageException e = StorageFixture.refused(ErrorCode.ERROR_UNKNOWN_KIND,
                () -> KindTable.of(List.of(exp)).resolveAll(List.of(exp.id())));
        assertThat(unknownKindsIn(e)).containsExactly(exp.id());
    }

    @Test
    void refuses_a_configuration_with_a_kind_twice() {
        assertThatThrownBy(() -> KindTable.of(List.of(PRIVATE, PRIVATE))).isInstanceOf(IllegalArgumentException.class);
    }
}

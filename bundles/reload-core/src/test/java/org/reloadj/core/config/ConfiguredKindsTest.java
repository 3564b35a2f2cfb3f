package org.reloadj.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.config.KindBlock;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.core.node.NodeSettings;

/** A configuration's kinds and settings as the node takes them (RFC 6940, 11.1). */
class ConfiguredKindsTest {
    @Test
    void kinds_named_by_registered_name_or_by_id_become_definitions() {
        OverlayConfiguration c = OverlayConfiguration.builder("overlay.example.org")
                .addKind(KindBlock.named("CERTIFICATE_BY_USER", DataModel.ARRAY, AccessControlPolicy.USER_MATCH, 1, 4000))
                .addKind(KindBlock.withId(new KindId(0xF000_0010L), DataModel.SINGLE_VALUE,
                        AccessControlPolicy.NODE_MULTIPLE, 1, 100).withMaxNodeMultiple(3))
                .build();

        assertThat(ConfiguredKinds.of(c)).containsExactly(
                new KindDefinition(KindId.CERTIFICATE_BY_USER, "CERTIFICATE_BY_USER", DataModel.ARRAY,
                        AccessControlPolicy.USER_MATCH, 1, 4000, 0),
                new KindDefinition(new KindId(0xF000_0010L), "4026531856", DataModel.SINGLE_VALUE,
                        AccessControlPolicy.NODE_MULTIPLE, 1, 100, 3));
    }

    @Test
    void blocks_of_unknown_names_models_or_policies_are_left_out() {
        KindBlock unknownName = KindBlock.named("NO-SUCH-KIND", DataModel.ARRAY, AccessControlPolicy.USER_MATCH, 1, 1);
        KindBlock unknownModel = new KindBlock(Optional.empty(), Optional.of(new KindId(0xF000_0011L)), "TREE",
                "USER-MATCH", 1, 1, OptionalInt.empty(), List.of(), Optional.empty());
        KindBlock noMultiple = KindBlock.withId(new KindId(0xF000_0012L), DataModel.SINGLE_VALUE,
                AccessControlPolicy.NODE_MULTIPLE, 1, 1);

        assertThat(ConfiguredKinds.definition(unknownName)).isEmpty();
        assertThat(ConfiguredKinds.definition(unknownModel)).isEmpty();
        assertThat(ConfiguredKinds.definition(noMultiple)).isEmpty();
    }

    @Test
    void the_settings_carry_the_configurations_limits_and_chord_parameters() {
        OverlayConfiguration c = OverlayConfiguration.builder("overlay.example.org").maxMessageSize(9000)
                .initialTtl(20).overlayReliabilityTimer(500).clientsPermitted(false).chordPingInterval(60).build();

        NodeSettings s = ConfiguredNode.settings(c, NodeId.fromHex("10000000000000000000000000000000")).build();

        assertThat(s.overlayName()).isEqualTo("overlay.example.org");
        assertThat(s.maxMessageSize()).isEqualTo(9000);
        assertThat(s.initialTtl()).isEqualTo(20);
        assertThat(s.reliabilityTimer()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.clientsPermitted()).isFalse();
        assertThat(s.topologyParameters()).containsEntry("chord-ping-interval", "60");
    }
}

package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reloadj.api.topology.Topology;

class ChordPluginTest {
    @Test
    void the_plugin_is_chord_reload_and_its_self_tuning_variant_chord_self_tuning() {
        assertThat(new ChordPlugin().algorithm()).isEqualTo("CHORD-RELOAD");
        assertThat(ChordPlugin.selfTuning().algorithm()).isEqualTo("CHORD-SELF-TUNING");
    }

    @Test
    void each_node_gets_a_topology_of_its_own() {
        ChordPlugin plugin = new ChordPlugin();
        Topology a = plugin.create(new FakeContext(Ids.at(1)));
        Topology b = plugin.create(new FakeContext(Ids.at(2)));
        assertThat(a).isNotSameAs(b);
        assertThat(((ChordTopology) a).nodeId()).isEqualTo(Ids.at(1));
    }

    @Test
    void the_self_tuning_plugin_tunes_whatever_the_parameters_say() {
        FakeContext c = new FakeContext(Ids.at(1));
        c.parameters.put("self-tuning", "false");
        ChordTopology t = (ChordTopology) ChordPlugin.selfTuning().create(c);
        t.join();
        c.connected.add(Ids.at(100));
        Chords.update(t, Ids.at(100), org.reloadj.wire.chord.ChordUpdate.peerReady(1));
        c.clearRecords();
        c.time.advance(t.stabilizationInterval().plusSeconds(1));
        assertThat(t.estimatedNetworkSize()).isCloseTo(2, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void absent_parameters_take_the_rfc_defaults() {
        ChordConfig c = ChordConfig.from(Map.of());
        assertThat(c.updateInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.pingInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(c.reactive()).isTrue();
        assertThat(c.selfTuning()).isFalse();
        assertThat(c.peersToProbe()).isEqualTo(4);
        assertThat(c.reactiveRecovery()).isTrue();
    }

    @Test
    void parameters_are_read_by_element_name_with_spaces_trimmed() {
        ChordConfig c = ChordConfig.from(Map.of("chord-update-interval", "400", "chord-ping-interval", " 30 ",
                "chord-reactive", " false ", "self-tuning", "true", "number-of-peers-to-probe", "6"));
        assertThat(c.updateInterval()).isEqualTo(Duration.ofSeconds(400));
        assertThat(c.pingInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.reactive()).isFalse();
        assertThat(c.selfTuning()).isTrue();
        assertThat(c.peersToProbe()).isEqualTo(6);
    }

    @Test
    void self_tuning_turns_reactive_recovery_off() {
        assertThat(ChordConfig.from(Map.of("self-tuning", "true")).reactiveRecovery()).isFalse();
    }

    @Test
    void malformed_parameters_are_refused() {
        assertThatThrownBy(() -> ChordConfig.from(Map.of("chord-update-interval", "soon")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chord-update-interval");
        assertThatThrownBy(() -> ChordConfig.from(Map.of("chord-reactive", "yes")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChordConfig.from(Map.of("chord-ping-interval", "0")))
                .isInstanceOf(IllegalArgumentException.class);
        FakeContext c = new FakeContext(Ids.at(1));
        c.parameters.put("chord-ping-interval", "-5");
        assertThatThrownBy(() -> new ChordPlugin().create(c)).isInstanceOf(IllegalArgumentException.class);
    }
}

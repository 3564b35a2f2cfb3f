package org.reloadj.usage.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TurnSettingsTest {
    @Test
    void the_defaults_are_those_of_the_rfc() {
        TurnSettings s = TurnSettings.defaults();
        assertThat(s.turnDensity()).isEqualTo(1);
        assertThat(s.maxIteration()).isEqualTo(20);
        assertThat(s.allowPrivateAddresses()).isFalse();
    }

    @Test
    void iterations_go_to_the_turn_density_but_not_beyond_the_max_iteration() {
        assertThat(TurnSettings.defaults().withTurnDensity(5).iterations()).isEqualTo(5);
        assertThat(TurnSettings.defaults().withTurnDensity(50).iterations()).isEqualTo(20);
        assertThat(TurnSettings.defaults().withTurnDensity(5).withMaxIteration(3).iterations()).isEqualTo(3);
        assertThat(TurnSettings.defaults().withTurnDensity(0).iterations()).isZero();
    }

    @Test
    void refuses_values_out_of_range() {
        TurnSettings d = TurnSettings.defaults();
        assertThatThrownBy(() -> d.withTurnDensity(256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withTurnDensity(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxIteration(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TurnSettings(1, 20, Duration.ZERO, 5, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TurnSettings(1, 20, Duration.ofHours(1), 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

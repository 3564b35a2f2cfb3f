package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;

/** Configuration sequence numbers compared modulo 65535 (RFC 6940, 6.3.2.1). */
class SequenceNumbersTest {

    @Test
    void one_more_is_newer() {
        assertThat(SequenceNumbers.isNewer(23, 22)).isTrue();
        assertThat(SequenceNumbers.isNewer(22, 23)).isFalse();
        assertThat(SequenceNumbers.isNewer(22, 22)).isFalse();
    }

    @Test
    void zero_follows_65534() {
        assertThat(SequenceNumbers.next(65534)).isZero();
        assertThat(SequenceNumbers.next(0)).isEqualTo(1);
        assertThat(SequenceNumbers.isNewer(0, 65534)).isTrue();
        assertThat(SequenceNumbers.isNewer(65534, 0)).isFalse();
        assertThat(SequenceNumbers.isNewer(5, 65530)).isTrue();
    }

    @Test
    void half_the_circle_decides_with_an_odd_modulus() {
        assertThat(SequenceNumbers.compare(32767, 0)).isPositive();
        assertThat(SequenceNumbers.compare(32768, 0)).isNegative();
        assertThat(SequenceNumbers.compare(0, 32767)).isNegative();
        assertThat(SequenceNumbers.compare(0, 32768)).isPositive();
        assertThat(SequenceNumbers.compare(65534, 32767)).isPositive();
        assertThat(SequenceNumbers.compare(32766, 65534)).isPositive();
        assertThat(SequenceNumbers.compare(32767, 65534)).isNegative();
    }

    @Test
    void every_pair_is_ordered_one_way_only() {
        for (int a = 0; a <= 65534; a += 997) {
            for (int b = 0; b <= 65534; b += 991) {
                assertThat(Integer.signum(SequenceNumbers.compare(a, b)))
                        .isEqualTo(-Integer.signum(SequenceNumbers.compare(b, a)));
            }
        }
    }

    @Test
    void refuses_65535_and_values_outside_the_range() {
        assertThat(SequenceNumbers.isValid(65534)).isTrue();
        assertThat(SequenceNumbers.isValid(65535)).isFalse();
        assertThat(SequenceNumbers.isValid(-1)).isFalse();
        assertThatThrownBy(() -> SequenceNumbers.compare(65535, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SequenceNumbers.next(65535)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_request_with_another_sequence_is_answered_too_old_or_too_new() {
        assertThat(SequenceNumbers.checkRequest(22, 22, false)).isEmpty();
        assertThat(SequenceNumbers.checkRequest(21, 22, false)).contains(ErrorCode.ERROR_CONFIG_TOO_OLD);
        assertThat(SequenceNumbers.checkRequest(23, 22, false)).contains(ErrorCode.ERROR_CONFIG_TOO_NEW);
        assertThat(SequenceNumbers.checkRequest(0, 65534, false)).contains(ErrorCode.ERROR_CONFIG_TOO_NEW);
    }

    @Test
    void a_config_update_with_65535_is_accepted_whatever_the_sequence() {
        assertThat(SequenceNumbers.checkRequest(65535, 22, true)).isEmpty();
        assertThat(SequenceNumbers.checkRequest(65535, 22, false)).contains(ErrorCode.ERROR_CONFIG_TOO_NEW);
        assertThat(SequenceNumbers.checkRequest(21, 22, true)).contains(ErrorCode.ERROR_CONFIG_TOO_OLD);
    }
}

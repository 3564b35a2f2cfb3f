package org.reloadj.security.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reloadj.security.KeyAlgorithm;

class KeyPairsTest {

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void generates_keys_of_the_algorithm(KeyAlgorithm algorithm) throws Exception {
        KeyPair pair = KeyPairs.generate(algorithm);
        assertThat(KeyAlgorithm.of(pair.getPublic())).isEqualTo(algorithm);
        assertThat(pair).isNotEqualTo(KeyPairs.generate(algorithm));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void tells_a_matching_key_pair_from_two_halves_of_different_pairs(KeyAlgorithm algorithm) throws Exception {
        KeyPair a = KeyPairs.generate(algorithm);
        KeyPair b = KeyPairs.generate(algorithm);
        assertThat(KeyPairs.matches(a.getPublic(), a.getPrivate())).isTrue();
        assertThat(KeyPairs.matches(a.getPublic(), b.getPrivate())).isFalse();
    }
}

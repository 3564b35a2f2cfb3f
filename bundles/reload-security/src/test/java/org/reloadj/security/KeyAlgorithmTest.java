package org.reloadj.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.security.SecurityAssertions.assertFails;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.reloadj.security.ReloadSecurityException.Reason;

class KeyAlgorithmTest {

    @Test
    void tells_the_algorithm_of_accepted_keys() throws Exception {
        for (KeyAlgorithm a : KeyAlgorithm.values()) {
            KeyPair k = TestPki.key(a, 0);
            assertThat(KeyAlgorithm.of(k.getPublic())).isEqualTo(a);
            assertThat(KeyAlgorithm.of(k.getPrivate())).isEqualTo(a);
        }
    }

    @Test
    void refuses_rsa_keys_under_2048_bits() {
        KeyPair weak = TestPki.jcaKey("RSA", 1024);
        assertFails(() -> KeyAlgorithm.of(weak.getPublic()), Reason.UNSUPPORTED_ALGORITHM);
        assertFails(() -> KeyAlgorithm.of(weak.getPrivate()), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void accepts_rsa_keys_longer_than_2048_bits() throws Exception {
        assertThat(KeyAlgorithm.of(TestPki.jcaKey("RSA", 3072).getPublic())).isEqualTo(KeyAlgorithm.RSA_2048);
    }

    @Test
    void refuses_ec_keys_on_other_curves() {
        KeyPair p384 = TestPki.jcaKey("EC", "secp384r1");
        assertFails(() -> KeyAlgorithm.of(p384.getPublic()), Reason.UNSUPPORTED_ALGORITHM);
        assertFails(() -> KeyAlgorithm.of(p384.getPrivate()), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void refuses_other_key_types() {
        KeyPair ed = TestPki.jcaKey("Ed25519", null);
        assertFails(() -> KeyAlgorithm.of(ed.getPublic()), Reason.UNSUPPORTED_ALGORITHM);
    }
}

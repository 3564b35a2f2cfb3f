package org.reloadj.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.security.TestPki.NODE_ID_LENGTH;
import static org.reloadj.security.TestPki.nodeId;

import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private static final TestPki.Ca ROOT = TestPki.root("Test Root");

    @Test
    void accept_the_private_key_of_the_certificate() throws Exception {
        for (KeyAlgorithm a : KeyAlgorithm.values()) {
            ReloadCertificate rc = ReloadCertificate.parse(ROOT.node(TestPki.key(a, 0), nodeId(1)).build(), NODE_ID_LENGTH);
            assertThat(Credentials.of(TestPki.key(a, 0).getPrivate(), rc).chain()).containsExactly(rc.x509());
        }
    }

    @Test
    void refuse_the_private_key_of_another_certificate() throws Exception {
        for (KeyAlgorithm a : KeyAlgorithm.values()) {
            ReloadCertificate rc = ReloadCertificate.parse(ROOT.node(TestPki.key(a, 0), nodeId(1)).build(), NODE_ID_LENGTH);
            assertThatThrownBy(() -> Credentials.of(TestPki.key(a, 1).getPrivate(), rc))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refuse_a_chain_that_does_not_start_with_the_certificate() throws Exception {
        ReloadCertificate rc = ReloadCertificate.parse(ROOT.node(TestPki.key(KeyAlgorithm.ECDSA_P256, 0), nodeId(1))
                .build(), NODE_ID_LENGTH);
        assertThatThrownBy(() -> new Credentials(TestPki.key(KeyAlgorithm.ECDSA_P256, 0).getPrivate(), rc,
                List.of(ROOT.cert(), rc.x509()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void never_print_the_key() throws Exception {
        ReloadCertificate rc = ReloadCertificate.parse(ROOT.node(TestPki.key(KeyAlgorithm.RSA_2048, 0), nodeId(1))
                .build(), NODE_ID_LENGTH);
        Credentials c = Credentials.of(TestPki.key(KeyAlgorithm.RSA_2048, 0).getPrivate(), rc);
        String exponent = ((java.security.interfaces.RSAPrivateKey) c.privateKey()).getPrivateExponent().toString(16);
        assertThat(c.toString()).doesNotContain(exponent.substring(0, 16)).contains("alice@example.org");
    }
}

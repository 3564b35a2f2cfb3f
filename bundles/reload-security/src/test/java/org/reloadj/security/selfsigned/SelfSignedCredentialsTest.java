package org.reloadj.security.selfsigned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.security.SecurityAssertions.assertFails;
import static org.reloadj.security.TestPki.CLOCK;
import static org.reloadj.security.TestPki.NOW;

import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reloadj.api.NodeId;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TestPki;
import org.reloadj.security.TrustAnchors;

class SelfSignedCredentialsTest {
    private static final SelfSignedCredentials MAKER = new SelfSignedCredentials(CLOCK, new SecureRandom());

    /** The Node-ID of 11.3.1, computed here independently of the production code. */
    private static NodeId expected(String digest, KeyPair key, Integer index, int length) throws Exception {
        MessageDigest md = MessageDigest.getInstance(digest);
        if (index != null) {
            md.update(ByteBuffer.allocate(4).putInt(index).array());
        }
        return NodeId.of(Arrays.copyOf(md.digest(key.getPublic().getEncoded()), length));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void derives_the_node_id_from_the_digest_of_the_public_key(KeyAlgorithm a) throws Exception {
        KeyPair key = TestPki.key(a, 2);
        Credentials c = MAKER.create(SelfSignedRequest.of("dave@example.org", TestPki.OVERLAY).withAlgorithm(a), key);
        assertThat(c.certificate().nodeIds()).containsExactly(expected("SHA-256", key, null, 16));
        assertThat(c.certificate().userName()).isEqualTo("dave@example.org");
        assertThat(c.certificate().overlay()).isEqualTo(TestPki.OVERLAY);
    }

    @Test
    void derives_several_node_ids_with_their_index_and_the_configured_digest() throws Exception {
        KeyPair key = TestPki.key(KeyAlgorithm.ECDSA_P256, 2);
        Credentials c = MAKER.create(SelfSignedRequest.of("dave@example.org", TestPki.OVERLAY).withNodeIds(3, 20)
                .withDigest(HashAlgorithm.SHA1), key);
        assertThat(c.certificate().nodeIds()).containsExactly(expected("SHA-1", key, 1, 20),
                expected("SHA-1", key, 2, 20), expected("SHA-1", key, 3, 20));
    }

    @Test
    void makes_a_certificate_signed_by_its_own_key_with_an_empty_subject() throws Exception {
        KeyPair key = TestPki.key(KeyAlgorithm.ECDSA_P256, 2);
        Credentials c = MAKER.create(SelfSignedRequest.of("dave@example.org", TestPki.OVERLAY)
                .withValidity(Duration.ofDays(7)), key);
        X509Certificate cert = c.certificate().x509();
        cert.verify(key.getPublic());
        assertThat(cert.getSubjectX500Principal().getName()).isEmpty();
        assertThat(cert.getIssuerX500Principal().getName()).isEqualTo("CN=dave@example.org");
        assertThat(cert.getCriticalExtensionOIDs()).contains("2.5.29.17");
        assertThat(cert.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(cert.getNotBefore().toInstant()).isEqualTo(NOW.minus(SelfSignedCredentials.BACKDATE));
        assertThat(c.chain()).containsExactly(cert);
        assertThat(c.privateKey()).isEqualTo(key.getPrivate());
    }

    @Test
    void a_fresh_key_pair_gives_credentials_a_validator_accepts() throws Exception {
        Credentials c = MAKER.create(SelfSignedRequest.of("erin@example.org", TestPki.OVERLAY));
        CertificateValidator v = new CertificateValidator(TrustAnchors.none(), CLOCK, 16,
                SelfSignedPolicy.permitted(HashAlgorithm.SHA256));
        assertThat(v.validate(c.chain())).isEqualTo(c.certificate());
    }

    @Test
    void refuses_a_key_pair_of_another_algorithm_than_requested() {
        KeyPair rsa = TestPki.key(KeyAlgorithm.RSA_2048, 2);
        assertFails(() -> MAKER.create(SelfSignedRequest.of("dave@example.org", TestPki.OVERLAY), rsa),
                Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void refuses_digests_the_configuration_does_not_allow() {
        assertThatThrownBy(() -> SelfSignedRequest.of("d@e.org", TestPki.OVERLAY).withDigest(HashAlgorithm.SHA512))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SelfSignedPolicy.fromConfiguration(true, "md5"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SelfSignedPolicy.fromConfiguration(true, "SHA1")).isEqualTo(SelfSignedPolicy.permitted(HashAlgorithm.SHA1));
        assertThat(List.of(SelfSignedPolicy.fromConfiguration(false, "sha256").permitted())).containsExactly(false);
    }
}

package org.reloadj.security.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reloadj.api.NodeId;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.keys.KeyPairs;

class OverlayCaTest {
    private static final String OVERLAY = "overlay.example.org";
    private static final NodeId ID1 = NodeId.fromHex("0123456789abcdef0123456789abcdef");
    private static final NodeId ID2 = NodeId.fromHex("fedcba9876543210fedcba9876543210");
    private static final UserName ALICE = new UserName("alice@overlay.example.org");

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void makes_a_self_signed_root_that_may_sign_certificates(KeyAlgorithm algorithm) throws Exception {
        X509Certificate root = ca(algorithm).rootCertificate();
        assertThat(root.getBasicConstraints()).isZero();
        assertThat(root.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
        assertThat(root.getSubjectX500Principal().getName()).isEqualTo("CN=overlay.example.org,OU=RELOAD enrollment CA");
        root.verify(root.getPublicKey());
        assertThat(OverlayCa.isRootOf(root, OVERLAY)).isTrue();
        assertThat(OverlayCa.isRootOf(root, "other.example.org")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void issues_a_node_certificate_with_an_empty_subject_and_exactly_the_subject_alt_names_of_11_3(KeyAlgorithm algorithm)
            throws Exception {
        OverlayCa ca = ca(algorithm);
        X509Certificate cert = ca.issueNodeCertificate(KeyPairs.generate(KeyAlgorithm.ECDSA_P256).getPublic(),
                List.of(ID1, ID2), ALICE, Duration.ofDays(30));
        cert.verify(ca.rootCertificate().getPublicKey());
        assertThat(cert.getSubjectX500Principal().getEncoded()).hasSize(2);
        assertThat(cert.getCriticalExtensionOIDs()).contains("2.5.29.17");
        assertThat(cert.getSubjectAlternativeNames()).containsExactly(
                List.of(6, "reload://0110" + ID1 + "@overlay.example.org/"),
                List.of(6, "reload://0110" + ID2 + "@overlay.example.org/"),
                List.of(1, "alice@overlay.example.org"));
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        ReloadCertificate parsed = ReloadCertificate.parse(cert, 16);
        assertThat(parsed.nodeIds()).containsExactly(ID1, ID2);
        assertThat(parsed.userName()).isEqualTo("alice@overlay.example.org");
        assertThat(parsed.overlay()).isEqualTo(OVERLAY);
    }

    @Test
    void never_issues_beyond_the_end_of_the_root() throws Exception {
        OverlayCa ca = OverlayCa.create(OVERLAY, KeyAlgorithm.ECDSA_P256, Clock.systemUTC(), Duration.ofDays(2));
        X509Certificate cert = ca.issueNodeCertificate(KeyPairs.generate(KeyAlgorithm.ECDSA_P256).getPublic(),
                List.of(ID1), ALICE, Duration.ofDays(365));
        assertThat(cert.getNotAfter()).isEqualTo(ca.rootCertificate().getNotAfter());
    }

    @Test
    void refuses_to_certify_a_weak_key() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        KeyPair weak = g.generateKeyPair();
        assertThatThrownBy(() -> ca(KeyAlgorithm.ECDSA_P256).issueNodeCertificate(weak.getPublic(), List.of(ID1), ALICE,
                Duration.ofDays(1))).isInstanceOf(ReloadSecurityException.class);
    }

    @Test
    void refuses_no_node_id_a_repeated_one_and_ids_of_two_lengths() {
        OverlayCa ca = ca(KeyAlgorithm.ECDSA_P256);
        var key = KeyPairs.generate(KeyAlgorithm.ECDSA_P256).getPublic();
        NodeId longer = NodeId.fromHex("0123456789abcdef0123456789abcdef01234567");
        assertThatThrownBy(() -> ca.issueNodeCertificate(key, List.of(), ALICE, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ca.issueNodeCertificate(key, List.of(ID1, ID1), ALICE, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ca.issueNodeCertificate(key, List.of(ID1, longer), ALICE, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issues_a_tls_server_certificate_for_the_overlay_name() throws Exception {
        OverlayCa ca = ca(KeyAlgorithm.ECDSA_P256);
        X509Certificate cert = ca.issueServerCertificate(KeyPairs.generate(KeyAlgorithm.ECDSA_P256).getPublic(),
                OVERLAY, Duration.ofDays(1));
        cert.verify(ca.rootCertificate().getPublicKey());
        assertThat(cert.getSubjectAlternativeNames()).containsExactly(List.of(2, OVERLAY));
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    }

    @Test
    void takes_back_its_root_and_key_but_not_another_key_or_another_overlay() {
        OverlayCa ca = ca(KeyAlgorithm.ECDSA_P256);
        OverlayCa again = OverlayCa.of(OVERLAY, ca.rootCertificate(), ca.privateKey(), Clock.systemUTC());
        assertThat(again.rootCertificate()).isEqualTo(ca.rootCertificate());
        var otherKey = KeyPairs.generate(KeyAlgorithm.ECDSA_P256).getPrivate();
        assertThatThrownBy(() -> OverlayCa.of(OVERLAY, ca.rootCertificate(), otherKey, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OverlayCa.of("other.example.org", ca.rootCertificate(), ca.privateKey(), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OverlayCa ca(KeyAlgorithm algorithm) {
        return OverlayCa.create(OVERLAY, algorithm, Clock.systemUTC(), Duration.ofDays(365));
    }
}

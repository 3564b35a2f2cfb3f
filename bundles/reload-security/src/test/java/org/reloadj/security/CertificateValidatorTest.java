package org.reloadj.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.security.SecurityAssertions.assertFails;
import static org.reloadj.security.TestPki.CLOCK;
import static org.reloadj.security.TestPki.NODE_ID_LENGTH;
import static org.reloadj.security.TestPki.NOW;
import static org.reloadj.security.TestPki.nodeId;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.selfsigned.SelfSignedCredentials;
import org.reloadj.security.selfsigned.SelfSignedRequest;

class CertificateValidatorTest {
    private static final TestPki.Ca ROOT = TestPki.root("Test Root");
    private static final TestPki.Ca OTHER_ROOT = TestPki.root("Other Root", TestPki.key(KeyAlgorithm.ECDSA_P256, 8));
    private static final KeyPair EC = TestPki.key(KeyAlgorithm.ECDSA_P256, 0);
    private static final Duration DAY = Duration.ofDays(1);

    private static CertificateValidator validator(Clock clock, SelfSignedPolicy policy) {
        return new CertificateValidator(TrustAnchors.of(List.of(ROOT.cert())), clock, NODE_ID_LENGTH, policy);
    }

    private static CertificateValidator validator() {
        return validator(CLOCK, SelfSignedPolicy.forbidden());
    }

    private static Credentials selfSigned(SelfSignedRequest request) throws ReloadSecurityException {
        return new SelfSignedCredentials(CLOCK, new SecureRandom()).create(request, EC);
    }

    private static SelfSignedRequest request() {
        return SelfSignedRequest.of("carol@example.org", TestPki.OVERLAY);
    }

    @Test
    void accepts_a_node_certificate_issued_by_a_root() throws Exception {
        X509Certificate cert = ROOT.node(EC, nodeId(1)).build();
        ReloadCertificate rc = validator().validate(List.of(cert));
        assertThat(rc.nodeIds()).containsExactly(nodeId(1));
    }

    @Test
    void accepts_an_rsa_node_certificate_of_an_rsa_root() throws Exception {
        TestPki.Ca rsaRoot = TestPki.root("RSA Root", TestPki.key(KeyAlgorithm.RSA_2048, 9));
        X509Certificate cert = rsaRoot.node(TestPki.key(KeyAlgorithm.RSA_2048, 0), nodeId(1)).build();
        CertificateValidator v = new CertificateValidator(TrustAnchors.of(List.of(ROOT.cert(), rsaRoot.cert())), CLOCK,
                NODE_ID_LENGTH, SelfSignedPolicy.forbidden());
        assertThat(v.validate(List.of(cert)).x509()).isEqualTo(cert);
    }

    @Test
    void accepts_a_chain_through_intermediates_in_any_order_among_unrelated_certificates() throws Exception {
        TestPki.Ca inner = ROOT.intermediate("Intermediate 1").intermediate("Intermediate 2");
        X509Certificate leaf = inner.node(EC, nodeId(1)).build();
        X509Certificate unrelated = OTHER_ROOT.node(EC, nodeId(7)).build();
        List<X509Certificate> chain = List.of(leaf, inner.intermediates().get(1), unrelated,
                inner.intermediates().get(0), ROOT.cert());
        assertThat(validator().validate(chain).nodeIds()).containsExactly(nodeId(1));
    }

    @Test
    void rejects_a_certificate_that_does_not_chain_to_the_root() {
        X509Certificate cert = OTHER_ROOT.node(EC, nodeId(1)).build();
        assertFails(() -> validator().validate(List.of(cert, OTHER_ROOT.cert())), Reason.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void rejects_a_chain_missing_its_intermediate() {
        TestPki.Ca inner = ROOT.intermediate("Intermediate");
        X509Certificate leaf = inner.node(EC, nodeId(1)).build();
        assertFails(() -> validator().validate(List.of(leaf)), Reason.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void rejects_an_issuer_whose_basic_constraints_deny_it_is_a_ca() {
        TestPki.Ca notCa = ROOT.intermediate("Not a CA", false, NOW.minus(DAY), NOW.plus(DAY));
        X509Certificate leaf = notCa.node(EC, nodeId(1)).build();
        assertFails(() -> validator().validate(List.of(leaf, notCa.cert())), Reason.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void rejects_an_expired_certificate() {
        X509Certificate cert = ROOT.node(EC, nodeId(1)).valid(NOW.minus(DAY.multipliedBy(30)), NOW.minusSeconds(1))
                .build();
        assertFails(() -> validator().validate(List.of(cert)), Reason.EXPIRED_CERTIFICATE);
    }

    @Test
    void rejects_a_certificate_not_yet_valid() {
        X509Certificate cert = ROOT.node(EC, nodeId(1)).valid(NOW.plusSeconds(60), NOW.plus(DAY)).build();
        assertFails(() -> validator().validate(List.of(cert)), Reason.EXPIRED_CERTIFICATE);
    }

    @Test
    void rejects_a_chain_whose_intermediate_expired() {
        TestPki.Ca old = ROOT.intermediate("Old", true, NOW.minus(DAY.multipliedBy(10)), NOW.minus(DAY));
        X509Certificate leaf = old.node(EC, nodeId(1)).build();
        assertFails(() -> validator().validate(List.of(leaf, old.cert())), Reason.EXPIRED_CERTIFICATE);
    }

    @Test
    void remembers_a_valid_certificate_but_checks_its_chain_validity_on_every_call() throws Exception {
        TestPki.Ca inner = ROOT.intermediate("Short", true, NOW.minus(DAY), NOW.plus(DAY));
        X509Certificate leaf = inner.node(EC, nodeId(1)).build();
        TestPki.MutableClock clock = new TestPki.MutableClock(NOW);
        CertificateValidator v = validator(clock, SelfSignedPolicy.forbidden());
        v.validate(List.of(leaf, inner.cert()));
        // Without its intermediate the leaf could not chain: only the cache can accept it now.
        assertThat(v.validate(List.of(leaf)).nodeIds()).containsExactly(nodeId(1));
        clock.set(NOW.plus(DAY).plusSeconds(1));
        assertFails(() -> v.validate(List.of(leaf, inner.cert())), Reason.EXPIRED_CERTIFICATE);
    }

    @Test
    void accepts_a_self_signed_certificate_when_the_overlay_permits_them() throws Exception {
        for (HashAlgorithm digest : List.of(HashAlgorithm.SHA256, HashAlgorithm.SHA1)) {
            Credentials c = selfSigned(request().withDigest(digest));
            ReloadCertificate rc = validator(CLOCK, SelfSignedPolicy.permitted(digest)).validate(c.chain());
            assertThat(rc.nodeIds()).isEqualTo(c.certificate().nodeIds());
        }
    }

    @Test
    void accepts_a_self_signed_certificate_of_several_node_ids() throws Exception {
        Credentials c = selfSigned(request().withNodeIds(3, NODE_ID_LENGTH));
        ReloadCertificate rc = validator(CLOCK, SelfSignedPolicy.permitted(HashAlgorithm.SHA256)).validate(c.chain());
        assertThat(rc.nodeIds()).hasSize(3);
    }

    @Test
    void rejects_a_self_signed_certificate_when_the_overlay_does_not_permit_them() throws Exception {
        Credentials c = selfSigned(request());
        assertFails(() -> validator().validate(c.chain()), Reason.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void rejects_a_self_signed_certificate_whose_node_id_is_not_derived_from_its_key() {
        X509Certificate cert = TestPki.selfSigned(EC, nodeId(1)).build();
        assertFails(() -> validator(CLOCK, SelfSignedPolicy.permitted(HashAlgorithm.SHA256)).validate(List.of(cert)),
                Reason.SELF_SIGNED_MISMATCH);
    }

    @Test
    void rejects_a_self_signed_certificate_whose_node_ids_skip_an_index() {
        SelfSignedPolicy policy = SelfSignedPolicy.permitted(HashAlgorithm.SHA256);
        List<NodeId> three = policy.nodeIds(Opaque.of(EC.getPublic().getEncoded()), 3, NODE_ID_LENGTH);
        X509Certificate cert = TestPki.selfSigned(EC, three.get(0), three.get(2)).build();
        assertFails(() -> validator(CLOCK, policy).validate(List.of(cert)), Reason.SELF_SIGNED_MISMATCH);
    }

    @Test
    void rejects_a_self_signed_certificate_derived_with_another_digest() throws Exception {
        Credentials c = selfSigned(request().withDigest(HashAlgorithm.SHA1));
        assertFails(() -> validator(CLOCK, SelfSignedPolicy.permitted(HashAlgorithm.SHA256)).validate(c.chain()),
                Reason.SELF_SIGNED_MISMATCH);
    }

    @Test
    void rejects_a_self_signed_certificate_outside_its_validity() throws Exception {
        Credentials c = selfSigned(request().withValidity(DAY));
        Clock later = Clock.fixed(NOW.plus(DAY).plusSeconds(1), java.time.ZoneOffset.UTC);
        assertFails(() -> validator(later, SelfSignedPolicy.permitted(HashAlgorithm.SHA256)).validate(c.chain()),
                Reason.EXPIRED_CERTIFICATE);
    }

    @Test
    void a_certificate_of_another_root_is_not_accepted_as_self_signed() {
        X509Certificate cert = OTHER_ROOT.node(EC, nodeId(1)).build();
        assertFails(() -> validator(CLOCK, SelfSignedPolicy.permitted(HashAlgorithm.SHA256)).validate(List.of(cert)),
                Reason.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void without_roots_only_self_signed_certificates_can_be_accepted() {
        CertificateValidator v = new CertificateValidator(TrustAnchors.none(), CLOCK, NODE_ID_LENGTH,
                SelfSignedPolicy.permitted(HashAlgorithm.SHA256));
        assertFails(() -> v.validate(List.of(ROOT.node(EC, nodeId(1)).build())), Reason.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void rejects_an_rsa_key_under_2048_bits() {
        X509Certificate cert = ROOT.node(TestPki.jcaKey("RSA", 1024), nodeId(1)).build();
        assertFails(() -> validator().validate(List.of(cert)), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void rejects_an_intermediate_with_an_rsa_key_under_2048_bits() {
        TestPki.Ca weak = ROOT.intermediate("Weak", true, NOW.minus(DAY), NOW.plus(DAY), TestPki.jcaKey("RSA", 1024));
        X509Certificate leaf = weak.node(EC, nodeId(1)).build();
        assertFails(() -> validator().validate(List.of(leaf, weak.cert())), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void rejects_an_ec_key_on_another_curve_than_p256() {
        X509Certificate cert = ROOT.node(TestPki.jcaKey("EC", "secp384r1"), nodeId(1)).build();
        assertFails(() -> validator().validate(List.of(cert)), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void rejects_a_certificate_with_a_subject() {
        X509Certificate cert = ROOT.node(EC, nodeId(1)).subject("CN=alice").build();
        assertFails(() -> validator().validate(List.of(cert)), Reason.MALFORMED_CERTIFICATE);
    }

    @Test
    void checks_the_node_id_a_node_claims() throws Exception {
        ReloadCertificate rc = validator().validate(List.of(ROOT.node(EC, nodeId(1), nodeId(2)).build()));
        validator().checkNodeId(rc, nodeId(2));
        assertFails(() -> validator().checkNodeId(rc, nodeId(3)), Reason.NODE_ID_MISMATCH);
    }

    @Test
    void reads_roots_from_pem() throws Exception {
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(ROOT.cert().getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        assertThat(TrustAnchors.fromPem(pem).certificates()).containsExactly(ROOT.cert());
        assertFails(() -> TrustAnchors.fromPem("no certificate"), Reason.MALFORMED_CERTIFICATE);
    }
}

package org.reloadj.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.security.SecurityAssertions.assertFails;
import static org.reloadj.security.TestPki.NODE_ID_LENGTH;
import static org.reloadj.security.TestPki.nodeId;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.wire.message.Destination;

class ReloadCertificateTest {
    private static final TestPki.Ca CA = TestPki.root("Test Root");
    private static final KeyPair KEY = TestPki.key(KeyAlgorithm.ECDSA_P256, 0);

    private static GeneralName uri(String text) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, text);
    }

    private static GeneralName user(String name) {
        return new GeneralName(GeneralName.rfc822Name, name);
    }

    private static String reloadUri(NodeId id, String overlay) {
        return ReloadUri.ofNode(id, overlay).toString();
    }

    private static void assertMalformed(X509Certificate cert) {
        assertFails(() -> ReloadCertificate.parse(cert, NODE_ID_LENGTH), Reason.MALFORMED_CERTIFICATE);
    }

    @Test
    void reads_node_ids_user_name_and_overlay_from_the_subject_alt_name() throws Exception {
        X509Certificate cert = CA.node(KEY, nodeId(1), nodeId(2)).userName("bob@example.org").build();
        ReloadCertificate rc = ReloadCertificate.parse(cert, NODE_ID_LENGTH);
        assertThat(rc.nodeIds()).containsExactly(nodeId(1), nodeId(2));
        assertThat(rc.userName()).isEqualTo("bob@example.org");
        assertThat(rc.overlay()).isEqualTo(TestPki.OVERLAY);
        assertThat(rc.der().toByteArray()).isEqualTo(cert.getEncoded());
        assertThat(rc.holds(nodeId(2))).isTrue();
        assertThat(rc.holds(nodeId(3))).isFalse();
    }

    @Test
    void parses_the_same_from_der_bytes() throws Exception {
        X509Certificate cert = CA.node(KEY, nodeId(1)).build();
        ReloadCertificate rc = ReloadCertificate.parse(Opaque.of(cert.getEncoded()), NODE_ID_LENGTH);
        assertThat(rc.x509()).isEqualTo(cert);
        assertThat(rc.nodeIds()).containsExactly(nodeId(1));
    }

    @Test
    void hash_is_the_digest_of_the_der_certificate() throws Exception {
        X509Certificate cert = CA.node(KEY, nodeId(1)).build();
        ReloadCertificate rc = ReloadCertificate.parse(cert, NODE_ID_LENGTH);
        assertThat(rc.hash(HashAlgorithm.SHA256).toByteArray())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        assertThat(rc.hash(HashAlgorithm.SHA1).toByteArray())
                .isEqualTo(MessageDigest.getInstance("SHA-1").digest(cert.getEncoded()));
    }

    @Test
    void hash_refuses_md5() throws Exception {
        ReloadCertificate rc = ReloadCertificate.parse(CA.node(KEY, nodeId(1)).build(), NODE_ID_LENGTH);
        assertThatThrownBy(() -> rc.hash(HashAlgorithm.MD5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_a_non_empty_subject() {
        assertMalformed(CA.node(KEY, nodeId(1)).subject("CN=alice").build());
    }

    @Test
    void rejects_an_extra_identity_in_the_subject_alt_name() {
        assertMalformed(CA.node(KEY, nodeId(1)).extraName(new GeneralName(GeneralName.dNSName, "alice.example.org"))
                .build());
    }

    @Test
    void rejects_a_second_user_name() {
        assertMalformed(CA.node(KEY, nodeId(1)).extraName(user("mallory@example.org")).build());
    }

    @Test
    void rejects_a_certificate_without_user_name() {
        assertMalformed(CA.node(KEY, nodeId(1)).san(new GeneralNames(uri(reloadUri(nodeId(1), TestPki.OVERLAY))))
                .build());
    }

    @Test
    void rejects_a_certificate_without_node_id() {
        assertMalformed(CA.node(KEY, nodeId(1)).san(new GeneralNames(user("alice@example.org"))).build());
    }

    @Test
    void rejects_a_certificate_without_subject_alt_name() {
        // The JDK cannot even decode an empty-subject certificate without one, so read a named one.
        X509Certificate cert = CA.node(KEY, nodeId(1)).subject("CN=alice").san(null).build();
        assertFails(() -> SubjectAltNames.read(cert, NODE_ID_LENGTH), Reason.MALFORMED_CERTIFICATE);
    }

    @Test
    void rejects_a_uri_that_is_not_a_reload_uri() {
        assertMalformed(CA.node(KEY, nodeId(1)).extraName(uri("sip:alice@example.org")).build());
    }

    @Test
    void rejects_a_reload_uri_naming_a_resource() {
        String resource = new ReloadUri(List.of(Destination.resource(ResourceId.fromHex("0102"))), TestPki.OVERLAY,
                Opaque.EMPTY).toString();
        assertMalformed(CA.node(KEY, nodeId(1)).extraName(uri(resource)).build());
    }

    @Test
    void rejects_node_ids_of_two_overlays() {
        assertMalformed(CA.node(KEY, nodeId(1)).extraName(uri(reloadUri(nodeId(2), "other.example.org"))).build());
    }

    @Test
    void rejects_the_same_node_id_twice() {
        assertMalformed(CA.node(KEY, nodeId(1)).extraName(uri(reloadUri(nodeId(1), TestPki.OVERLAY))).build());
    }

    @Test
    void rejects_a_node_id_of_another_length_than_the_overlays() {
        NodeId longId = NodeId.of(new byte[20]);
        assertMalformed(CA.node(KEY, nodeId(1)).san(new GeneralNames(new GeneralName[] {
            uri(reloadUri(longId, TestPki.OVERLAY)), user("alice@example.org")})).build());
    }

    @Test
    void rejects_bytes_that_are_not_exactly_one_certificate() throws Exception {
        byte[] der = CA.node(KEY, nodeId(1)).build().getEncoded();
        byte[] longer = java.util.Arrays.copyOf(der, der.length + 1);
        for (Opaque bad : List.of(Opaque.of(longer), Opaque.fromHex("3082"), Opaque.EMPTY)) {
            assertFails(() -> ReloadCertificate.parse(bad, NODE_ID_LENGTH), Reason.MALFORMED_CERTIFICATE);
        }
    }

    @Test
    void subject_alt_names_refuse_what_11_3_forbids() {
        assertThatThrownBy(() -> SubjectAltNames.of(List.of(), TestPki.OVERLAY, "a@b.c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubjectAltNames.of(List.of(nodeId(1), nodeId(1)), TestPki.OVERLAY, "a@b.c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubjectAltNames.of(List.of(nodeId(1)), TestPki.OVERLAY, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

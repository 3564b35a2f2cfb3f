package org.reloadj.usage.certstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.testkit.TestCa;

class CertificateStoreUsageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final TestCa CA = new TestCa("overlay.example.org", CLOCK);
    private static final Opaque DER = CA.certificate("alice@overlay.example.org", Duration.ofDays(30),
            NodeId.fromHex("10000000000000000000000000000000")).der();

    private final CertificateStoreUsage usage = new CertificateStoreUsage();

    @Test
    void defines_the_two_array_kinds_of_section_8_with_their_policies() {
        assertThat(usage.name()).isEqualTo("Certificate Store");
        assertThat(usage.kinds()).satisfiesExactly(node -> {
            assertThat(node.id()).isEqualTo(new KindId(3));
            assertThat(node.name()).isEqualTo("CERTIFICATE_BY_NODE");
            assertThat(node.dataModel()).isEqualTo(DataModel.ARRAY);
            assertThat(node.accessControl()).isEqualTo(AccessControlPolicy.NODE_MATCH);
        }, user -> {
            assertThat(user.id()).isEqualTo(new KindId(16));
            assertThat(user.name()).isEqualTo("CERTIFICATE_BY_USER");
            assertThat(user.dataModel()).isEqualTo(DataModel.ARRAY);
            assertThat(user.accessControl()).isEqualTo(AccessControlPolicy.USER_MATCH);
        });
    }

    @Test
    void limits_hold_a_certificate_and_its_renewals() {
        assertThat(usage.kinds()).allSatisfy(k -> {
            assertThat(k.maxSize()).isEqualTo(8192).isGreaterThan(DER.length());
            assertThat(k.maxCount()).isEqualTo(10);
            assertThat(k.maxNodeMultiple()).isZero();
        });
    }

    @Test
    void accepts_a_der_certificate_under_both_kinds() {
        assertThatCode(() -> usage.validate(KindId.CERTIFICATE_BY_NODE, DER)).doesNotThrowAnyException();
        assertThatCode(() -> usage.validate(KindId.CERTIFICATE_BY_USER, DER)).doesNotThrowAnyException();
    }

    static Stream<Arguments> notCertificates() {
        byte[] der = DER.toByteArray();
        byte[] longer = java.util.Arrays.copyOf(der, der.length + 1);
        String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
        return Stream.of(Arguments.of("empty", Opaque.EMPTY),
                Arguments.of("text", Opaque.utf8("alice@overlay.example.org")),
                Arguments.of("PEM instead of DER", Opaque.of(pem.getBytes(StandardCharsets.US_ASCII))),
                Arguments.of("a byte after the certificate", Opaque.of(longer)),
                Arguments.of("truncated", DER.slice(0, DER.length() - 1)),
                Arguments.of("a TurnServer", Opaque.fromHex("01010600c000020a0d96")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCertificates")
    void refuses_what_is_not_one_der_certificate(String what, Opaque value) {
        assertThatThrownBy(() -> usage.validate(KindId.CERTIFICATE_BY_USER, value)).isInstanceOfSatisfying(
                ReloadException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN));
    }

    @Test
    void resource_names_are_the_node_id_bytes_and_the_utf8_user_name() {
        NodeId id = NodeId.fromHex("0102030405060708090a0b0c0d0e0f10");
        assertThat(CertificateStoreUsage.nodeResourceName(id)).isEqualTo(id.bytes());
        assertThat(CertificateStoreUsage.userResourceName("jörg@example.org").toByteArray())
                .isEqualTo("jörg@example.org".getBytes(StandardCharsets.UTF_8));
    }
}

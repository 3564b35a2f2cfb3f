package org.reloadj.usage.certstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.OverlayHash;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.Credentials;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.security.signature.MessageSigner;
import org.reloadj.security.signature.MessageVerifier;
import org.reloadj.security.signature.NodeSigner;
import org.reloadj.security.signature.SignatureVerifier;
import org.reloadj.security.signature.SignerIdentities;
import org.reloadj.testkit.InMemoryOverlay;
import org.reloadj.testkit.InMemoryStorage;
import org.reloadj.testkit.TestCa;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.SignerIdentity;

/** The certificates found in the Certificate Store as a source for signature verification (RFC 6940, 6.3.4, 8). */
class OverlayCertificateSourceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final TestCa CA = new TestCa(InMemoryOverlay.OVERLAY, CLOCK);
    private static final Duration VALIDITY = Duration.ofDays(30);
    private static final NodeId ALICE_NODE = NodeId.fromHex("10000000000000000000000000000000");
    private static final NodeId BOB_NODE = NodeId.fromHex("20000000000000000000000000000000");
    private static final Credentials ALICE = CA.credentials("alice@overlay.example.org", VALIDITY, ALICE_NODE);

    private final OverlayCertificateSource source = new OverlayCertificateSource(3);

    private static ReloadCertificate certificate(int i) {
        return CA.certificate("user" + i + "@overlay.example.org", VALIDITY,
                NodeId.fromHex(String.format("%02x", 0x30 + i) + "000000000000000000000000000000"));
    }

    private static SignerIdentity certHash(ReloadCertificate c, HashAlgorithm algorithm) {
        return new SignerIdentity.CertHash(algorithm.code(), c.hash(algorithm));
    }

    @Test
    void knows_nothing_before_certificates_are_found() {
        assertThat(source.find(certHash(ALICE.certificate(), HashAlgorithm.SHA256))).isEmpty();
    }

    @Test
    void finds_the_certificate_a_cert_hash_names_with_any_accepted_hash() {
        source.remember(ALICE.certificate());
        source.remember(certificate(1));

        assertThat(source.find(certHash(ALICE.certificate(), HashAlgorithm.SHA256)))
                .hasValue(List.of(ALICE.certificate().x509()));
        assertThat(source.find(certHash(ALICE.certificate(), HashAlgorithm.SHA1)))
                .hasValue(List.of(ALICE.certificate().x509()));
    }

    @Test
    void finds_a_certificate_of_several_node_ids_by_cert_hash_node_id() {
        NodeId second = NodeId.fromHex("40000000000000000000000000000000");
        ReloadCertificate multi = CA.certificate("carol@overlay.example.org", VALIDITY, BOB_NODE, second);
        source.remember(multi);

        assertThat(source.find(SignerIdentities.of(multi, second))).hasValue(List.of(multi.x509()));
    }

    @Test
    void an_identity_of_another_certificate_finds_nothing() {
        source.remember(certificate(1));

        assertThat(source.find(certHash(ALICE.certificate(), HashAlgorithm.SHA256))).isEmpty();
        assertThat(source.find(SignerIdentity.None.INSTANCE)).isEmpty();
    }

    @Test
    void keeps_the_most_recently_found_certificates_up_to_its_capacity() {
        List<ReloadCertificate> certificates = List.of(certificate(1), certificate(2), certificate(3), certificate(4));
        certificates.forEach(source::remember);
        source.remember(certificates.get(1));

        assertThat(source.size()).isEqualTo(3);
        assertThat(source.find(certHash(certificates.get(0), HashAlgorithm.SHA256))).isEmpty();
        assertThat(certificates.subList(1, 4)).allSatisfy(
                c -> assertThat(source.find(certHash(c, HashAlgorithm.SHA256))).hasValue(List.of(c.x509())));
    }

    @Test
    void clear_forgets_everything() {
        source.remember(ALICE.certificate());
        source.clear();

        assertThat(source.size()).isZero();
        assertThat(source.find(certHash(ALICE.certificate(), HashAlgorithm.SHA256))).isEmpty();
    }

    /** Alice's Ping, signed, with no certificate in its security block (6.3.4 allows it with another distribution). */
    private static ReloadMessage pingWithoutCertificates() {
        ForwardingHeader header = new ForwardingHeader(OverlayHash.of(InMemoryOverlay.OVERLAY), 1, 100,
                ForwardingHeader.UNFRAGMENTED, 0x0123456789abcdefL, 5000, List.of(),
                List.of(new Destination.Node(BOB_NODE)), List.of());
        ReloadMessage signed;
        try {
            signed = new MessageSigner(NodeSigner.of(ALICE)).sign(header, BodyCodec.contents(new PingReq(Opaque.EMPTY)));
        } catch (ReloadSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new ReloadMessage(signed.header(), signed.contents(),
                new SecurityBlock(List.of(), signed.security().signature()));
    }

    private static MessageVerifier verifier(CertificateSource source) {
        return new MessageVerifier(new SignatureVerifier(CA.validator(), source), (node, resource) -> true);
    }

    @Test
    void a_message_without_its_certificate_verifies_once_the_certificate_store_found_it() throws Exception {
        InMemoryStorage storage = new InMemoryStorage();
        CertificateStore alice = new OverlayCertificateStore(new InMemoryOverlay(storage, ALICE_NODE,
                ALICE.certificate().userName()), CLOCK, new OverlayCertificateSource());
        alice.publish(ALICE.certificate()).toCompletableFuture().join();
        CertificateStore bob = new OverlayCertificateStore(new InMemoryOverlay(storage, BOB_NODE,
                "bob@overlay.example.org"), CLOCK, source);
        MessageVerifier verifier = verifier(source);
        ReloadMessage ping = pingWithoutCertificates();

        assertThatThrownBy(() -> verifier.verify(ping)).isInstanceOfSatisfying(ReloadSecurityException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CERTIFICATE));

        bob.findByNode(ALICE_NODE).toCompletableFuture().join();

        assertThat(verifier.verify(ping).nodeId()).isEqualTo(ALICE_NODE);
    }

    @Test
    void a_certificate_found_but_not_trusted_does_not_verify() {
        TestCa other = new TestCa(InMemoryOverlay.OVERLAY, CLOCK);
        source.remember(ALICE.certificate());
        MessageVerifier verifier = new MessageVerifier(new SignatureVerifier(other.validator(), source),
                (node, resource) -> true);

        assertThatThrownBy(() -> verifier.verify(pingWithoutCertificates())).isInstanceOfSatisfying(
                ReloadSecurityException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_CERTIFICATE));
    }
}

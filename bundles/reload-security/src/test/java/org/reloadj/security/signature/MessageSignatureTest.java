package org.reloadj.security.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.security.SecurityAssertions.assertFails;
import static org.reloadj.security.signature.Fixtures.EC_NODE;
import static org.reloadj.security.signature.Fixtures.MULTI_NODES;
import static org.reloadj.security.signature.Fixtures.RSA_NODE;
import static org.reloadj.security.signature.Fixtures.STRANGER;
import static org.reloadj.security.signature.Fixtures.credentials;
import static org.reloadj.security.signature.Fixtures.flip;
import static org.reloadj.security.signature.Fixtures.header;
import static org.reloadj.security.signature.Fixtures.ping;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.api.registry.SignatureAlgorithm;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TestPki;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.crypto.SigningKey;
import org.reloadj.wire.codec.MessageCodec;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;

class MessageSignatureTest {
    private static final MessageCodec CODEC = new MessageCodec(WireContext.defaults());
    private static final ResponsibilityCheck NOBODY = (node, resource) -> false;

    private static MessageVerifier verifier() {
        return verifier(CertificateSource.none());
    }

    private static MessageVerifier verifier(CertificateSource source) {
        return new MessageVerifier(Fixtures.signatureVerifier(source), NOBODY);
    }

    private static ReloadMessage signed(Credentials c) throws Exception {
        return new MessageSigner(NodeSigner.of(c)).sign(header(Destination.node(STRANGER)), ping());
    }

    private static ReloadMessage throughCodec(ReloadMessage m) throws Exception {
        return CODEC.decodeWhole(CODEC.encodeToBytes(m));
    }

    private static ReloadMessage withSignature(ReloadMessage m, Signature s) {
        return new ReloadMessage(m.header(), m.contents(), new SecurityBlock(m.security().certificates(), s));
    }

    private static ReloadMessage withCertificates(ReloadMessage m, List<GenericCertificate> certs) {
        return new ReloadMessage(m.header(), m.contents(), new SecurityBlock(certs, m.security().signature()));
    }

    private static Signature withIdentity(Signature s, SignerIdentity identity) {
        return new Signature(s.hashAlgorithm(), s.signatureAlgorithm(), identity, s.value());
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void a_signed_message_verifies_after_encoding_and_decoding(KeyAlgorithm a) throws Exception {
        Credentials c = credentials(a);
        ReloadMessage decoded = throughCodec(signed(c));
        VerifiedSigner signer = verifier().verify(decoded);
        assertThat(signer.nodeId()).isEqualTo(a == KeyAlgorithm.RSA_2048 ? RSA_NODE : EC_NODE);
        assertThat(signer.certificate()).isEqualTo(c.certificate());
        assertThat(decoded.security().signature().hashAlgorithm()).isEqualTo(HashAlgorithm.SHA256.code());
        assertThat(decoded.security().signature().signatureAlgorithm()).isEqualTo(a.tlsSignature().code());
    }

    @Test
    void the_security_block_carries_the_chain_and_a_cert_hash_of_the_certificate() throws Exception {
        Credentials c = credentials(KeyAlgorithm.ECDSA_P256);
        ReloadMessage m = signed(c);
        assertThat(m.security().certificates()).extracting(GenericCertificate::certificate).containsExactly(
                Opaque.of(c.chain().get(0).getEncoded()), Opaque.of(c.chain().get(1).getEncoded()));
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(c.certificate().x509().getEncoded());
        assertThat(m.security().signature().identity()).isEqualTo(new SignerIdentity.CertHash(4, Opaque.of(hash)));
    }

    @Test
    void a_certificate_of_several_node_ids_signs_with_cert_hash_node_id_for_the_one_it_uses() throws Exception {
        Credentials c = Fixtures.multi();
        NodeId second = MULTI_NODES.get(1);
        ReloadMessage m = new MessageSigner(NodeSigner.of(c, second)).sign(header(Destination.node(STRANGER)), ping());
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(second.bytes().toByteArray());
        byte[] hash = sha256.digest(c.certificate().x509().getEncoded());
        assertThat(m.security().signature().identity())
                .isEqualTo(new SignerIdentity.CertHashNodeId(4, Opaque.of(hash)));
        assertThat(verifier().verify(throughCodec(m)).nodeId()).isEqualTo(second);
    }

    @Test
    void the_signature_covers_overlay_transaction_id_contents_and_signer_identity() throws Exception {
        Credentials c = credentials(KeyAlgorithm.RSA_2048);
        ReloadMessage m = signed(c);
        SignerIdentity.CertHash id = (SignerIdentity.CertHash) m.security().signature().identity();
        byte[] body = m.contents().body().toByteArray();
        ByteBuffer input = ByteBuffer.allocate(4 + 8 + 2 + 4 + body.length + 4 + 3 + 2 + 32);
        input.putInt(m.header().overlay()).putLong(0x0123456789abcdefL);
        input.putShort((short) m.contents().messageCode()).putInt(body.length).put(body).putInt(0);
        input.put((byte) 1).putShort((short) 34).put((byte) 4).put((byte) 32).put(id.hash().toByteArray());
        java.security.Signature jdk = java.security.Signature.getInstance("SHA256withRSA");
        jdk.initVerify(c.certificate().x509().getPublicKey());
        jdk.update(input.array());
        assertThat(jdk.verify(m.security().signature().value().toByteArray())).isTrue();
        assertThat(SignatureInputs.message(m.header(), m.contents(), id).toByteArray()).isEqualTo(input.array());
    }

    @Test
    void any_change_to_what_is_signed_fails_verification() throws Exception {
        ReloadMessage m = signed(credentials(KeyAlgorithm.ECDSA_P256));
        ForwardingHeader h = m.header();
        ForwardingHeader otherOverlay = new ForwardingHeader(h.overlay() + 1, h.configurationSequence(), h.ttl(),
                h.fragment(), h.transactionId(), h.maxResponseLength(), h.viaList(), h.destinationList(), h.options());
        ForwardingHeader otherTransaction = new ForwardingHeader(h.overlay(), h.configurationSequence(), h.ttl(),
                h.fragment(), h.transactionId() + 1, h.maxResponseLength(), h.viaList(), h.destinationList(), h.options());
        MessageContents otherBody = new MessageContents(m.contents().messageCode(), flip(m.contents().body(), 3));
        MessageContents otherCode = new MessageContents(m.contents().messageCode() + 2, m.contents().body());
        for (ReloadMessage forged : List.of(new ReloadMessage(otherOverlay, m.contents(), m.security()),
                new ReloadMessage(otherTransaction, m.contents(), m.security()),
                new ReloadMessage(h, otherBody, m.security()), new ReloadMessage(h, otherCode, m.security()))) {
            assertFails(() -> verifier().verify(forged), Reason.BAD_SIGNATURE);
        }
    }

    @Test
    void forwarding_changes_the_header_without_breaking_the_signature() throws Exception {
        ReloadMessage m = signed(credentials(KeyAlgorithm.ECDSA_P256));
        ForwardingHeader forwarded = m.header().withTtl(99).withLists(List.of(Destination.node(STRANGER)),
                m.header().destinationList());
        assertThat(verifier().verify(new ReloadMessage(forwarded, m.contents(), m.security())).nodeId())
                .isEqualTo(EC_NODE);
    }

    @Test
    void rejects_a_forged_signature_value() throws Exception {
        ReloadMessage m = signed(credentials(KeyAlgorithm.RSA_2048));
        Signature s = m.security().signature();
        ReloadMessage forged = withSignature(m, new Signature(s.hashAlgorithm(), s.signatureAlgorithm(), s.identity(),
                flip(s.value(), 10)));
        assertFails(() -> verifier().verify(forged), Reason.BAD_SIGNATURE);
    }

    @Test
    void rejects_a_signature_made_with_another_key_than_the_named_certificate() throws Exception {
        ReloadMessage victim = signed(credentials(KeyAlgorithm.ECDSA_P256));
        SignerIdentity victimIdentity = victim.security().signature().identity();
        // Mallory, a valid node of other Node-IDs, signs the very input naming the victim's certificate.
        Opaque value = SigningKey.of(Fixtures.multi().privateKey())
                .sign(SignatureInputs.message(victim.header(), victim.contents(), victimIdentity));
        ReloadMessage forged = withSignature(victim, new Signature(4, 3, victimIdentity, value));
        assertFails(() -> verifier().verify(forged), Reason.BAD_SIGNATURE);
    }

    @Test
    void the_signer_must_hold_the_node_id_it_claims() throws Exception {
        VerifiedSigner signer = verifier().verify(signed(credentials(KeyAlgorithm.ECDSA_P256)));
        CertificateValidator validator = Fixtures.validator();
        validator.checkNodeId(signer.certificate(), EC_NODE);
        assertFails(() -> validator.checkNodeId(signer.certificate(), RSA_NODE), Reason.NODE_ID_MISMATCH);
        Credentials c = credentials(KeyAlgorithm.ECDSA_P256);
        assertFails(() -> NodeSigner.of(c, RSA_NODE), Reason.NODE_ID_MISMATCH);
    }

    @Test
    void rejects_a_certificate_that_does_not_chain_to_the_root() throws Exception {
        ReloadMessage m = signed(Fixtures.stranger());
        assertFails(() -> verifier().verify(m), Reason.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void rejects_a_signer_whose_certificate_expired() throws Exception {
        ReloadMessage m = signed(credentials(KeyAlgorithm.ECDSA_P256));
        Clock later = Clock.fixed(TestPki.NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC);
        CertificateValidator v = new CertificateValidator(TrustAnchors.of(List.of(Fixtures.ROOT.cert())), later,
                TestPki.NODE_ID_LENGTH, SelfSignedPolicy.forbidden());
        MessageVerifier verifier = new MessageVerifier(new SignatureVerifier(v, CertificateSource.none()), NOBODY);
        assertFails(() -> verifier.verify(m), Reason.EXPIRED_CERTIFICATE);
    }

    @Test
    void rejects_a_message_whose_signer_certificate_is_nowhere() throws Exception {
        ReloadMessage m = withCertificates(signed(credentials(KeyAlgorithm.ECDSA_P256)), List.of());
        assertFails(() -> verifier().verify(m), Reason.UNKNOWN_CERTIFICATE);
    }

    @Test
    void finds_the_certificate_of_a_signer_verified_before() throws Exception {
        MessageVerifier verifier = verifier();
        Credentials c = credentials(KeyAlgorithm.ECDSA_P256);
        ReloadMessage bare = withCertificates(signed(c), List.of());
        assertFails(() -> verifier.verify(bare), Reason.UNKNOWN_CERTIFICATE);
        verifier.verify(signed(c));
        assertThat(verifier.verify(bare).nodeId()).isEqualTo(EC_NODE);
    }

    @Test
    void asks_the_certificate_source_and_checks_what_it_answers() throws Exception {
        Credentials c = credentials(KeyAlgorithm.ECDSA_P256);
        ReloadMessage bare = withCertificates(signed(c), List.of());
        assertThat(verifier(id -> Optional.of(c.chain())).verify(bare).nodeId()).isEqualTo(EC_NODE);
        Credentials other = credentials(KeyAlgorithm.RSA_2048);
        assertFails(() -> verifier(id -> Optional.of(other.chain())).verify(bare), Reason.UNKNOWN_CERTIFICATE);
    }

    @Test
    void rejects_identities_and_algorithms_it_does_not_accept() throws Exception {
        ReloadMessage m = signed(credentials(KeyAlgorithm.RSA_2048));
        Signature s = m.security().signature();
        SignerIdentity.CertHash id = (SignerIdentity.CertHash) s.identity();
        assertFails(() -> verifier().verify(withSignature(m, withIdentity(s, SignerIdentity.None.INSTANCE))),
                Reason.UNSUPPORTED_ALGORITHM);
        assertFails(() -> verifier().verify(withSignature(m,
                withIdentity(s, new SignerIdentity.CertHash(HashAlgorithm.MD5.code(), id.hash())))),
                Reason.UNSUPPORTED_ALGORITHM);
        assertFails(() -> verifier().verify(withSignature(m, new Signature(HashAlgorithm.SHA1.code(),
                s.signatureAlgorithm(), s.identity(), s.value()))), Reason.UNSUPPORTED_ALGORITHM);
        assertFails(() -> verifier().verify(withSignature(m, Signature.unsigned())), Reason.UNSUPPORTED_ALGORITHM);
        assertFails(() -> verifier().verify(withSignature(m, new Signature(s.hashAlgorithm(),
                SignatureAlgorithm.ECDSA.code(), s.identity(), s.value()))), Reason.BAD_SIGNATURE);
    }

    @Test
    void accepts_other_cert_hash_algorithms_naming_the_same_certificate() throws Exception {
        Credentials c = credentials(KeyAlgorithm.ECDSA_P256);
        ReloadMessage m = signed(c);
        Opaque sha1 = c.certificate().hash(HashAlgorithm.SHA1);
        // The identity is signed too, so the signer signs it in that form.
        SignerIdentity identity = new SignerIdentity.CertHash(HashAlgorithm.SHA1.code(), sha1);
        Opaque value = SigningKey.of(c.privateKey())
                .sign(SignatureInputs.message(m.header(), m.contents(), identity));
        ReloadMessage sha1Signed = withSignature(m, new Signature(4, 3, identity, value));
        assertThat(verifier().verify(sha1Signed).nodeId()).isEqualTo(EC_NODE);
    }

    @Test
    void rejects_cert_hash_for_a_certificate_of_several_node_ids() throws Exception {
        Credentials c = Fixtures.multi();
        ReloadMessage m = new MessageSigner(NodeSigner.of(c)).sign(header(Destination.node(STRANGER)), ping());
        SignerIdentity certHash = new SignerIdentity.CertHash(4, c.certificate().hash(HashAlgorithm.SHA256));
        assertFails(() -> verifier().verify(withSignature(m, withIdentity(m.security().signature(), certHash))),
                Reason.NODE_ID_MISMATCH);
    }

    @Test
    void rejects_a_signer_certificate_with_extra_identities() throws Exception {
        X509Certificate cert = Fixtures.ROOT.node(TestPki.key(KeyAlgorithm.ECDSA_P256, 0), EC_NODE)
                .extraName(new GeneralName(GeneralName.dNSName, "eve.example.org")).build();
        ReloadMessage m = signed(credentials(KeyAlgorithm.ECDSA_P256));
        SignerIdentity id = new SignerIdentity.CertHash(4, Opaque.of(MessageDigest.getInstance("SHA-256")
                .digest(cert.getEncoded())));
        ReloadMessage forged = new ReloadMessage(m.header(), m.contents(), new SecurityBlock(
                List.of(GenericCertificate.x509(Opaque.of(cert.getEncoded()))), withIdentity(m.security().signature(), id)));
        assertFails(() -> verifier().verify(forged), Reason.MALFORMED_CERTIFICATE);
    }

    @Test
    void carries_more_certificates_once_each() throws Exception {
        Credentials c = credentials(KeyAlgorithm.ECDSA_P256);
        Credentials other = credentials(KeyAlgorithm.RSA_2048);
        ReloadMessage m = new MessageSigner(NodeSigner.of(c)).sign(header(Destination.node(STRANGER)), ping(),
                List.of(other.certificate().x509(), c.chain().get(1)));
        assertThat(m.security().certificates()).hasSize(3);
        assertThat(verifier().verify(m).nodeId()).isEqualTo(EC_NODE);
    }

    @Test
    void a_response_to_a_node_id_must_come_from_that_node_id() throws Exception {
        VerifiedSigner responder = verifier().verify(signed(credentials(KeyAlgorithm.ECDSA_P256)));
        verifier().checkResponse(responder, Destination.node(EC_NODE));
        assertFails(() -> verifier().checkResponse(responder, Destination.node(RSA_NODE)), Reason.WRONG_RESPONDER);
    }

    @Test
    void a_response_to_the_wildcard_node_id_may_come_from_anyone() throws Exception {
        VerifiedSigner responder = verifier().verify(signed(credentials(KeyAlgorithm.ECDSA_P256)));
        byte[] ones = new byte[TestPki.NODE_ID_LENGTH];
        Arrays.fill(ones, (byte) 0xFF);
        verifier().checkResponse(responder, Destination.node(NodeId.of(ones)));
        ones[15] = (byte) 0xFE;
        assertFails(() -> verifier().checkResponse(responder, Destination.node(NodeId.of(ones))), Reason.WRONG_RESPONDER);
    }

    @Test
    void a_response_to_a_resource_id_must_come_from_a_node_the_topology_accepts() throws Exception {
        ResourceId resource = ResourceId.fromHex("00112233445566778899aabbccddeeff");
        VerifiedSigner responder = verifier().verify(signed(credentials(KeyAlgorithm.ECDSA_P256)));
        MessageVerifier accepting = new MessageVerifier(Fixtures.signatureVerifier(CertificateSource.none()),
                (node, r) -> node.equals(EC_NODE) && r.equals(resource));
        accepting.checkResponse(responder, Destination.resource(resource));
        assertFails(() -> verifier().checkResponse(responder, Destination.resource(resource)), Reason.WRONG_RESPONDER);
        assertThatThrownBy(() -> accepting.checkResponse(responder, new Destination.Compressed(0x8001)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

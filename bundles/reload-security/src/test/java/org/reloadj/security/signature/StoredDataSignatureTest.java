package org.reloadj.security.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.security.SecurityAssertions.assertFails;
import static org.reloadj.security.signature.Fixtures.EC_NODE;
import static org.reloadj.security.signature.Fixtures.MULTI_NODES;
import static org.reloadj.security.signature.Fixtures.credentials;
import static org.reloadj.security.signature.Fixtures.flip;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.DataModel;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException.Reason;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TestPki;
import org.reloadj.security.TrustAnchors;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.codec.MessageCodec;
import org.reloadj.wire.io.KindModels;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

class StoredDataSignatureTest {
    private static final KindId SINGLE = new KindId(0xF000_0001L);
    private static final KindId ARRAY = new KindId(0xF000_0002L);
    private static final KindId DICTIONARY = new KindId(0xF000_0003L);
    private static final WireContext CONTEXT = WireContext.defaults().withKindModels(KindModels.standard().with(
            Map.of(SINGLE, DataModel.SINGLE_VALUE, ARRAY, DataModel.ARRAY, DICTIONARY, DataModel.DICTIONARY)));
    private static final MessageCodec CODEC = new MessageCodec(CONTEXT);
    private static final ResourceId RESOURCE = ResourceId.fromHex("00112233445566778899aabbccddeeff");
    private static final long STORAGE_TIME = 1_748_779_200_000L;
    private static final DataValue VALUE = DataValue.of(Opaque.utf8("sip:alice@192.0.2.1"));

    static Stream<Arguments> models() {
        return Stream.of(KeyAlgorithm.values()).flatMap(a -> Stream.of(
                Arguments.of(a, SINGLE, new StoredDataValue.SingleValue(VALUE)),
                Arguments.of(a, ARRAY, new StoredDataValue.ArrayEntry(7, VALUE)),
                Arguments.of(a, DICTIONARY, new StoredDataValue.DictionaryEntry(Opaque.utf8("key"), VALUE))));
    }

    private static StoredDataVerifier verifier() {
        return new StoredDataVerifier(Fixtures.signatureVerifier(CertificateSource.none()));
    }

    private static StoredData sign(Credentials c, KindId kind, StoredDataValue value) throws Exception {
        return new StoredDataSigner(NodeSigner.of(c)).sign(RESOURCE, kind, STORAGE_TIME, 3600, value);
    }

    private static StoredData withSignature(StoredData d, Signature s) {
        return new StoredData(d.storageTime(), d.lifetime(), d.value(), s);
    }

    @ParameterizedTest
    @MethodSource("models")
    void stored_data_signed_in_a_store_request_verifies_after_the_codec(KeyAlgorithm a, KindId kind,
            StoredDataValue value) throws Exception {
        Credentials c = credentials(a);
        StoredData data = sign(c, kind, value);
        StoreReq store = new StoreReq(RESOURCE, 0, List.of(new StoreKindData(kind, 0, List.of(data))));
        ReloadMessage m = new MessageSigner(NodeSigner.of(c)).sign(Fixtures.header(Destination.resource(RESOURCE)),
                BodyCodec.contents(store));
        ReloadMessage decoded = CODEC.decodeWhole(CODEC.encodeToBytes(m));
        StoreReq received = (StoreReq) BodyCodec.decode(decoded.contents(), CONTEXT);
        StoredData receivedData = received.kindData().get(0).values().get(0);
        assertThat(receivedData.value()).isEqualTo(value);
        VerifiedSigner signer = verifier().verify(RESOURCE, kind, receivedData, decoded.security().certificates());
        assertThat(signer.certificate()).isEqualTo(c.certificate());
    }

    @ParameterizedTest
    @MethodSource("models")
    void any_change_to_what_is_signed_fails_verification(KeyAlgorithm a, KindId kind, StoredDataValue value)
            throws Exception {
        Credentials c = credentials(a);
        List<GenericCertificate> certs = NodeSigner.of(c).certificates();
        StoredData data = sign(c, kind, value);
        StoredDataVerifier v = verifier();
        assertFails(() -> v.verify(ResourceId.fromHex("0011"), kind, data, certs), Reason.BAD_SIGNATURE);
        assertFails(() -> v.verify(RESOURCE, new KindId(kind.value() + 8), data, certs), Reason.BAD_SIGNATURE);
        StoredData later = new StoredData(STORAGE_TIME + 1, data.lifetime(), value, data.signature());
        assertFails(() -> v.verify(RESOURCE, kind, later, certs), Reason.BAD_SIGNATURE);
        StoredData absent = new StoredData(STORAGE_TIME, data.lifetime(), changed(value), data.signature());
        assertFails(() -> v.verify(RESOURCE, kind, absent, certs), Reason.BAD_SIGNATURE);
    }

    /** The same entry with another value or key (an array index is not signed, 7.4.2.2). */
    private static StoredDataValue changed(StoredDataValue value) {
        if (value instanceof StoredDataValue.ArrayEntry e) {
            return new StoredDataValue.ArrayEntry(e.index(), DataValue.absent());
        }
        if (value instanceof StoredDataValue.DictionaryEntry e) {
            return new StoredDataValue.DictionaryEntry(Opaque.utf8("kez"), e.value());
        }
        return new StoredDataValue.SingleValue(DataValue.absent());
    }

    @Test
    void the_lifetime_is_not_signed() throws Exception {
        Credentials c = credentials(KeyAlgorithm.ECDSA_P256);
        StoredData data = sign(c, SINGLE, new StoredDataValue.SingleValue(VALUE));
        StoredData replica = new StoredData(data.storageTime(), 1200, data.value(), data.signature());
        assertThat(verifier().verify(RESOURCE, SINGLE, replica, c.chain().stream().map(Fixtures::x509).toList())
                .nodeId()).isEqualTo(EC_NODE);
    }

    @Test
    void an_appended_array_entry_verifies_under_the_index_the_storing_peer_gives_it() throws Exception {
        // 7.4.2.2: the index is set to zero before the signature is computed
        Credentials c = credentials(KeyAlgorithm.ECDSA_P256);
        StoredData appended = sign(c, ARRAY, new StoredDataValue.ArrayEntry(0xFFFF_FFFFL, VALUE));
        StoredData placed = new StoredData(appended.storageTime(), appended.lifetime(),
                new StoredDataValue.ArrayEntry(7, VALUE), appended.signature());
        assertThat(verifier().verify(RESOURCE, ARRAY, placed, c.chain().stream().map(Fixtures::x509).toList())
                .nodeId()).isEqualTo(EC_NODE);
        StoredData otherValue = new StoredData(appended.storageTime(), appended.lifetime(),
                new StoredDataValue.ArrayEntry(7, DataValue.of(Opaque.utf8("other"))), appended.signature());
        assertFails(() -> verifier().verify(RESOURCE, ARRAY, otherValue,
                c.chain().stream().map(Fixtures::x509).toList()), Reason.BAD_SIGNATURE);
    }

    @Test
    void the_signature_covers_resource_kind_storage_time_value_and_identity() throws Exception {
        Credentials c = credentials(KeyAlgorithm.RSA_2048);
        StoredDataValue value = new StoredDataValue.DictionaryEntry(Opaque.utf8("key"), VALUE);
        StoredData data = sign(c, DICTIONARY, value);
        SignerIdentity.CertHash id = (SignerIdentity.CertHash) data.signature().identity();
        byte[] resource = RESOURCE.bytes().toByteArray();
        byte[] bytes = VALUE.value().toByteArray();
        ByteBuffer input = ByteBuffer.allocate(1 + resource.length + 4 + 8 + 2 + 3 + 1 + 4 + bytes.length + 3 + 2 + 32);
        input.put((byte) resource.length).put(resource).putInt(DICTIONARY.bits()).putLong(STORAGE_TIME);
        input.putShort((short) 3).put("key".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        input.put((byte) 1).putInt(bytes.length).put(bytes);
        input.put((byte) 1).putShort((short) 34).put((byte) 4).put((byte) 32).put(id.hash().toByteArray());
        java.security.Signature jdk = java.security.Signature.getInstance("SHA256withRSA");
        jdk.initVerify(c.certificate().x509().getPublicKey());
        jdk.update(input.array());
        assertThat(jdk.verify(data.signature().value().toByteArray())).isTrue();
    }

    @Test
    void a_certificate_of_several_node_ids_signs_data_as_the_chosen_one() throws Exception {
        Credentials c = Fixtures.multi();
        NodeSigner node = NodeSigner.of(c, MULTI_NODES.get(2));
        StoredData data = new StoredDataSigner(node).sign(RESOURCE, ARRAY, STORAGE_TIME, 60, new StoredDataValue.ArrayEntry(0, VALUE));
        assertThat(data.signature().identity()).isInstanceOf(SignerIdentity.CertHashNodeId.class);
        assertThat(verifier().verify(RESOURCE, ARRAY, data, node.certificates()).nodeId())
                .isEqualTo(MULTI_NODES.get(2));
    }

    @Test
    void refuses_unsigned_data() throws Exception {
        Credentials c = credentials(KeyAlgorithm.ECDSA_P256);
        List<GenericCertificate> certs = NodeSigner.of(c).certificates();
        StoredData data = sign(c, SINGLE, new StoredDataValue.SingleValue(VALUE));
        Signature s = data.signature();
        assertFails(() -> verifier().verify(RESOURCE, SINGLE, withSignature(data, Signature.unsigned()), certs),
                Reason.UNSUPPORTED_ALGORITHM);
        assertFails(() -> verifier().verify(RESOURCE, SINGLE, withSignature(data, new Signature(s.hashAlgorithm(),
                s.signatureAlgorithm(), SignerIdentity.None.INSTANCE, s.value())), certs), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void refuses_data_of_an_untrusted_or_expired_signer() throws Exception {
        Credentials stranger = Fixtures.stranger();
        StoredData strangers = sign(stranger, SINGLE, new StoredDataValue.SingleValue(VALUE));
        assertFails(() -> verifier().verify(RESOURCE, SINGLE, strangers, NodeSigner.of(stranger).certificates()),
                Reason.UNTRUSTED_CERTIFICATE);
        Credentials c = credentials(KeyAlgorithm.ECDSA_P256);
        StoredData data = sign(c, SINGLE, new StoredDataValue.SingleValue(VALUE));
        // 7.1: the signature is not valid once the signing certificate expired, whatever the data's lifetime.
        CertificateValidator later = new CertificateValidator(TrustAnchors.of(List.of(Fixtures.ROOT.cert())),
                Clock.fixed(TestPki.NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC), TestPki.NODE_ID_LENGTH,
                SelfSignedPolicy.forbidden());
        StoredDataVerifier v = new StoredDataVerifier(new SignatureVerifier(later, CertificateSource.none()));
        assertFails(() -> v.verify(RESOURCE, SINGLE, data, NodeSigner.of(c).certificates()),
                Reason.EXPIRED_CERTIFICATE);
    }

    @Test
    void refuses_a_forged_signature_value() throws Exception {
        Credentials c = credentials(KeyAlgorithm.RSA_2048);
        StoredData data = sign(c, SINGLE, new StoredDataValue.SingleValue(VALUE));
        Signature s = data.signature();
        StoredData forged = withSignature(data, new Signature(s.hashAlgorithm(), s.signatureAlgorithm(), s.identity(),
                flip(s.value(), 0)));
        assertFails(() -> verifier().verify(RESOURCE, SINGLE, forged, NodeSigner.of(c).certificates()),
                Reason.BAD_SIGNATURE);
    }
}

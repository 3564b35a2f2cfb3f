package org.reloadj.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.core.storage.Writer;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.security.signature.NodeSigner;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * Stored-data signatures as the node makes and checks them (RFC 6940, 7.1, 7.4.2.2), with a
 * certificate of an in-test overlay CA.
 */
class SignedStoredDataTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final NodeId NODE = NodeId.fromHex("10000000000000000000000000000001");
    private static final ResourceId RESOURCE = ResourceId.fromHex("0123456789abcdef0123456789abcdef");
    private static final KindId KIND = new KindId(0xF000_0001L);
    private static final DataValue VALUE = DataValue.of(Opaque.utf8("value"));

    private static OverlaySecurity security;
    private static List<GenericCertificate> certificates;

    @BeforeAll
    static void credentials() throws Exception {
        OverlayCa ca = OverlayCa.create("overlay.example.org", KeyAlgorithm.ECDSA_P256, CLOCK, Duration.ofDays(30));
        KeyPair pair = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
        Credentials credentials = Credentials.of(pair.getPrivate(), ReloadCertificate.parse(ca.issueNodeCertificate(
                pair.getPublic(), List.of(NODE), new UserName("alice@overlay.example.org"), Duration.ofDays(10)), 16));
        security = OverlaySecurity.of(credentials, new CertificateValidator(TrustAnchors.of(List.of(ca.rootCertificate())),
                CLOCK, 16, SelfSignedPolicy.forbidden()), CertificateSource.none());
        certificates = NodeSigner.of(credentials).certificates();
    }

    private static StoredData withValue(StoredData data, StoredDataValue value) {
        return new StoredData(data.storageTime(), data.lifetime(), value, data.signature());
    }

    @Test
    void an_appended_array_entry_verifies_at_the_index_the_storing_peer_gave_it() throws Exception {
        StoredData appended = security.storedData().sign(RESOURCE, KIND, 1000, 60,
                new StoredDataValue.ArrayEntry(0xFFFF_FFFFL, VALUE));

        Writer writer = security.storedData().verify(RESOURCE, KIND,
                withValue(appended, new StoredDataValue.ArrayEntry(3, VALUE)), certificates);

        assertThat(writer).isEqualTo(new Writer(java.util.Optional.of("alice@overlay.example.org"), List.of(NODE), NODE));
        assertThat(security.certificates().certificatesOf(List.of(appended))).containsExactly(certificates.get(0));
    }

    @Test
    void a_changed_value_does_not_verify() {
        StoredData signed = security.storedData().sign(RESOURCE, KIND, 1000, 60, new StoredDataValue.SingleValue(VALUE));
        StoredData changed = withValue(signed, new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("other"))));

        assertThatThrownBy(() -> security.storedData().verify(RESOURCE, KIND, changed, certificates))
                .isInstanceOf(ReloadSecurityException.class);
    }

    @Test
    void a_fetched_nonexistent_value_may_come_unsigned_but_an_existing_one_may_not() throws Exception {
        StoredData absent = new StoredData(0, 0, new StoredDataValue.SingleValue(DataValue.absent()),
                Signature.unsigned());
        StoredData unsignedValue = new StoredData(0, 0, new StoredDataValue.SingleValue(VALUE), Signature.unsigned());

        assertThat(security.storedData().verifyFetched(RESOURCE, KIND, absent, certificates)).isEmpty();
        assertThatThrownBy(() -> security.storedData().verifyFetched(RESOURCE, KIND, unsignedValue, certificates))
                .isInstanceOf(ReloadSecurityException.class);
    }
}

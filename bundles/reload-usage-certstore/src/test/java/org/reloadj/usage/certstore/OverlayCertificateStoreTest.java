package org.reloadj.usage.certstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.testkit.InMemoryOverlay;
import org.reloadj.testkit.InMemoryStorage;
import org.reloadj.testkit.TestCa;

/** The Certificate Store on an in-memory overlay (RFC 6940, 8). */
class OverlayCertificateStoreTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final TestCa CA = new TestCa("overlay.example.org", CLOCK);
    private static final NodeId ALICE_NODE = NodeId.fromHex("10000000000000000000000000000000");
    private static final NodeId ALICE_PHONE = NodeId.fromHex("18000000000000000000000000000000");
    private static final NodeId BOB_NODE = NodeId.fromHex("20000000000000000000000000000000");
    private static final String ALICE = "alice@overlay.example.org";
    private static final String BOB = "bob@overlay.example.org";
    private static final Duration VALIDITY = Duration.ofDays(30);

    private final InMemoryStorage storage = new InMemoryStorage();
    private final OverlayCertificateSource found = new OverlayCertificateSource();
    private final CertificateStore alice = store(ALICE_NODE, ALICE);
    private final ReloadCertificate aliceCert = CA.certificate(ALICE, VALIDITY, ALICE_NODE);

    private CertificateStore store(NodeId node, String user) {
        return new OverlayCertificateStore(new InMemoryOverlay(storage, node, user), CLOCK, found);
    }

    private static <T> T done(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }

    private static ResourceId hash(Opaque name) {
        return InMemoryStorage.sha1(name);
    }

    private List<StoredValue> stored(KindId kind, Opaque resourceName) {
        return storage.values(hash(resourceName), kind);
    }

    private void write(NodeId node, String user, KindId kind, Opaque resourceName, Opaque value) {
        done(new InMemoryOverlay(storage, node, user).store(hash(resourceName), List.of(new KindValues(kind, 0,
                List.of(StoredValue.of(new Slot.Index(Slot.APPEND), value, NOW, VALIDITY))))));
    }

    @Test
    void publish_stores_the_certificate_at_the_hash_of_the_node_id_and_of_the_user_name() {
        done(alice.publish(aliceCert));

        assertThat(stored(KindId.CERTIFICATE_BY_NODE, ALICE_NODE.bytes())).singleElement().satisfies(v -> {
            assertThat(v.slot()).isEqualTo(new Slot.Index(0));
            assertThat(v.value()).isEqualTo(aliceCert.der());
        });
        assertThat(stored(KindId.CERTIFICATE_BY_USER, Opaque.utf8(ALICE))).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(aliceCert.der()));
        assertThat(storage.values(hash(ALICE_NODE.bytes()), KindId.CERTIFICATE_BY_USER)).isEmpty();
    }

    @Test
    void a_published_value_lives_until_the_certificate_expires() {
        done(alice.publish(aliceCert));

        assertThat(stored(KindId.CERTIFICATE_BY_NODE, ALICE_NODE.bytes())).singleElement().satisfies(v -> {
            assertThat(v.storageTime()).isEqualTo(NOW);
            assertThat(NOW.plus(v.lifetime())).isEqualTo(aliceCert.x509().getNotAfter().toInstant());
        });
    }

    @Test
    void a_renewed_certificate_is_appended_and_found_first() {
        ReloadCertificate renewed = CA.certificate(ALICE, VALIDITY.multipliedBy(2), ALICE_NODE);
        done(alice.publish(aliceCert));
        done(alice.publish(renewed));

        assertThat(stored(KindId.CERTIFICATE_BY_NODE, ALICE_NODE.bytes())).extracting(StoredValue::slot)
                .containsExactly(new Slot.Index(0), new Slot.Index(1));
        assertThat(done(alice.findByNode(ALICE_NODE))).containsExactly(renewed, aliceCert);
        assertThat(done(alice.findByUser(ALICE))).containsExactly(renewed, aliceCert);
    }

    @Test
    void publishing_the_same_certificate_again_stores_nothing() {
        done(alice.publish(aliceCert));
        done(alice.publish(aliceCert));

        assertThat(stored(KindId.CERTIFICATE_BY_NODE, ALICE_NODE.bytes())).hasSize(1);
        assertThat(stored(KindId.CERTIFICATE_BY_USER, Opaque.utf8(ALICE))).hasSize(1);
        assertThat(storage.operations()).containsExactly("fetch", "store", "fetch", "store", "fetch", "fetch");
    }

    @Test
    void publish_refuses_a_certificate_of_another_node() {
        ReloadCertificate bobs = CA.certificate(BOB, VALIDITY, BOB_NODE);

        assertThatThrownBy(() -> done(alice.publish(bobs))).hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(storage.operations()).isEmpty();
    }

    @Test
    void publish_refuses_an_expired_certificate() {
        CertificateStore later = new OverlayCertificateStore(new InMemoryOverlay(storage, ALICE_NODE, ALICE),
                Clock.offset(CLOCK, VALIDITY.plusDays(1)), found);

        assertThatThrownBy(() -> done(later.publish(aliceCert))).hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(storage.operations()).isEmpty();
    }

    @Test
    void a_refused_store_fails_the_publication_with_the_overlays_error() {
        storage.fail("store", ErrorCode.ERROR_FORBIDDEN);

        assertThatThrownBy(() -> done(alice.publish(aliceCert))).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(ReloadException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN));
    }

    @Test
    void a_failed_fetch_fails_the_search() {
        storage.fail("fetch", ErrorCode.ERROR_REQUEST_TIMEOUT);

        assertThatThrownBy(() -> done(alice.findByNode(BOB_NODE))).cause().isInstanceOfSatisfying(
                ReloadException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_REQUEST_TIMEOUT));
    }

    @Test
    void nothing_is_found_where_nothing_was_published() {
        assertThat(done(alice.findByNode(BOB_NODE))).isEmpty();
        assertThat(done(alice.findByUser(BOB))).isEmpty();
    }

    @Test
    void another_node_finds_the_certificate_by_node_id_and_by_user_name() {
        done(alice.publish(aliceCert));
        CertificateStore bob = store(BOB_NODE, BOB);

        assertThat(done(bob.findByNode(ALICE_NODE))).containsExactly(aliceCert);
        assertThat(done(bob.findByUser(ALICE))).containsExactly(aliceCert);
    }

    @Test
    void the_user_name_array_holds_the_certificates_of_every_device_of_the_user() {
        ReloadCertificate phoneCert = CA.certificate(ALICE, VALIDITY, ALICE_PHONE);
        done(alice.publish(aliceCert));
        done(store(ALICE_PHONE, ALICE).publish(phoneCert));

        assertThat(done(store(BOB_NODE, BOB).findByUser(ALICE))).containsExactly(phoneCert, aliceCert);
        assertThat(done(store(BOB_NODE, BOB).findByNode(ALICE_PHONE))).containsExactly(phoneCert);
    }

    @Test
    void a_value_written_by_another_node_is_not_taken_for_the_nodes_certificate() {
        ReloadCertificate forged = CA.certificate(ALICE, VALIDITY, ALICE_NODE);
        write(BOB_NODE, BOB, KindId.CERTIFICATE_BY_NODE, ALICE_NODE.bytes(), forged.der());
        write(BOB_NODE, BOB, KindId.CERTIFICATE_BY_USER, Opaque.utf8(ALICE), forged.der());

        assertThat(done(alice.findByNode(ALICE_NODE))).isEmpty();
        assertThat(done(alice.findByUser(ALICE))).isEmpty();
    }

    @Test
    void values_that_are_not_certificates_of_the_owner_are_skipped() {
        ReloadCertificate bobs = CA.certificate(BOB, VALIDITY, BOB_NODE);
        write(ALICE_NODE, ALICE, KindId.CERTIFICATE_BY_NODE, ALICE_NODE.bytes(), Opaque.utf8("not a certificate"));
        write(ALICE_NODE, ALICE, KindId.CERTIFICATE_BY_NODE, ALICE_NODE.bytes(), bobs.der());
        write(ALICE_NODE, ALICE, KindId.CERTIFICATE_BY_USER, Opaque.utf8(ALICE), bobs.der());
        write(ALICE_NODE, ALICE, KindId.CERTIFICATE_BY_NODE, ALICE_NODE.bytes(), aliceCert.der());

        assertThat(done(alice.findByNode(ALICE_NODE))).containsExactly(aliceCert);
        assertThat(done(alice.findByUser(ALICE))).isEmpty();
    }

    @Test
    void deleted_entries_are_not_found() {
        done(alice.publish(aliceCert));
        done(new InMemoryOverlay(storage, ALICE_NODE, ALICE).store(hash(ALICE_NODE.bytes()), List.of(new KindValues(
                KindId.CERTIFICATE_BY_NODE, 0, List.of(StoredValue.deletion(new Slot.Index(0), NOW, VALIDITY))))));

        assertThat(done(alice.findByNode(ALICE_NODE))).isEmpty();
    }

    @Test
    void a_user_name_is_free_until_another_node_publishes_it() {
        assertThat(done(alice.isUserNameTaken(ALICE))).isFalse();

        done(alice.publish(aliceCert));
        assertThat(done(alice.isUserNameTaken(ALICE))).as("our own certificate").isFalse();

        done(store(ALICE_PHONE, ALICE).publish(CA.certificate(ALICE, VALIDITY, ALICE_PHONE)));
        assertThat(done(alice.isUserNameTaken(ALICE))).isTrue();
        assertThat(done(alice.isUserNameTaken(BOB))).isFalse();
    }

    @Test
    void certificates_found_are_offered_to_signature_verification() {
        done(alice.publish(aliceCert));
        assertThat(found.size()).isZero();

        done(store(BOB_NODE, BOB).findByUser(ALICE));

        assertThat(found.size()).isEqualTo(1);
    }
}

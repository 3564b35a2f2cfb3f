package org.reloadj.usage.certstore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.testkit.InMemoryOverlay;
import org.reloadj.testkit.InMemoryStorage;
import org.reloadj.testkit.TestCa;
import org.reloadj.wire.message.SignerIdentity;

/** The Declarative Services component, run as plain Java. */
class CertificateStoreComponentTest {
    private static final NodeId ALICE_NODE = NodeId.fromHex("10000000000000000000000000000000");
    private static final NodeId BOB_NODE = NodeId.fromHex("20000000000000000000000000000000");
    private static final String ALICE = "alice@overlay.example.org";
    private static final ReloadCertificate ALICE_CERT = new TestCa(InMemoryOverlay.OVERLAY, Clock.systemUTC())
            .certificate(ALICE, Duration.ofDays(1), ALICE_NODE);
    private static final SignerIdentity ALICE_IDENTITY = new SignerIdentity.CertHash(HashAlgorithm.SHA256.code(),
            ALICE_CERT.hash(HashAlgorithm.SHA256));

    private final InMemoryStorage storage = new InMemoryStorage();
    private final InMemoryOverlay aliceOverlay = new InMemoryOverlay(storage, ALICE_NODE, ALICE);
    private final InMemoryOverlay bobOverlay = new InMemoryOverlay(storage, BOB_NODE, "bob@overlay.example.org");
    private final CertificateStoreComponent component = new CertificateStoreComponent(new CertificateStoreComponent.Config() {
        @Override
        public int candidates() {
            return 8;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return CertificateStoreComponent.Config.class;
        }
    });

    @Test
    void without_an_overlay_the_store_fails_and_the_source_knows_nothing() {
        assertThatThrownBy(() -> component.findByNode(ALICE_NODE).toCompletableFuture().join())
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(component.find(ALICE_IDENTITY)).isEmpty();
    }

    @Test
    void with_an_overlay_certificates_found_are_offered_to_verification() {
        component.bindOverlay(aliceOverlay);
        component.publish(ALICE_CERT).toCompletableFuture().join();
        component.unbindOverlay(aliceOverlay);
        component.bindOverlay(bobOverlay);

        assertThat(component.findByUser(ALICE).toCompletableFuture().join()).containsExactly(ALICE_CERT);
        assertThat(component.find(ALICE_IDENTITY)).isPresent();
    }

    @Test
    void unbinding_the_overlay_forgets_what_was_found_and_another_overlay_is_left_bound() {
        component.bindOverlay(aliceOverlay);
        component.publish(ALICE_CERT).toCompletableFuture().join();
        component.findByNode(ALICE_NODE).toCompletableFuture().join();

        component.unbindOverlay(bobOverlay);
        assertThat(component.find(ALICE_IDENTITY)).isPresent();

        component.unbindOverlay(aliceOverlay);
        assertThat(component.find(ALICE_IDENTITY)).isEmpty();
        assertThatThrownBy(() -> component.isUserNameTaken(ALICE).toCompletableFuture().join())
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}

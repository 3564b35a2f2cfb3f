package org.reloadj.core.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;

/**
 * A usage registered on running nodes makes its kinds storable at once; unregistered, they are
 * unknown again (RFC 6940, 5.1, 7.4.1.2: Error_Unknown_Kind), without a restart; a usage's own
 * validation refuses values with its error code.
 */
class UsageRuntimeTest {
    private static final KindDefinition NOTES = KindDefinition.of(new KindId(0xF000_0201L), "NOTES",
            DataModel.ARRAY, AccessControlPolicy.USER_MATCH, 4, 32);

    private final SecureOverlay overlay = new SecureOverlay(5);
    private final ReloadNode alice = overlay.peer(0);
    private final ResourceId resource = overlay.resourceOf(overlay.user(alice));

    /** A usage of the NOTES kind that refuses values starting with "!". */
    private final UsageDefinition notes = new UsageDefinition() {
        @Override
        public String name() {
            return "Notes";
        }

        @Override
        public List<KindDefinition> kinds() {
            return List.of(NOTES);
        }

        @Override
        public void validate(KindId kind, Opaque value) throws ReloadException {
            if (value.toUtf8().startsWith("!")) {
                throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "notes do not shout");
            }
        }
    };

    private java.util.concurrent.CompletionStage<?> storeNote(String text) {
        return alice.overlay().store(resource, List.of(new KindValues(NOTES.id(), 0, List.of(StoredValue.of(
                new Slot.Index(Slot.APPEND), Opaque.utf8(text), overlay.scheduler.clock().instant(),
                Duration.ofHours(1))))));
    }

    @Test
    void a_usage_registered_at_run_time_makes_its_kind_storable_and_unregistered_unknown_again() {
        assertThat(overlay.failure(storeNote("first")).errorCode()).isEqualTo(ErrorCode.ERROR_UNKNOWN_KIND);

        overlay.peers.forEach(p -> p.usages().add(notes));
        overlay.await(storeNote("first"));
        assertThat(overlay.await(overlay.peer(2).overlay().fetch(resource, List.of(Query.all(NOTES.id()))))
                .get(0).values()).extracting(v -> v.value().toUtf8()).containsExactly("first");

        overlay.peers.forEach(p -> p.usages().remove(notes));
        assertThat(overlay.failure(storeNote("second")).errorCode()).isEqualTo(ErrorCode.ERROR_UNKNOWN_KIND);
        assertThat(overlay.failure(overlay.peer(2).overlay().fetch(resource, List.of(Query.all(NOTES.id()))))
                .errorCode()).isEqualTo(ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void the_usage_on_the_responsible_peer_decides() {
        overlay.peer(overlay.responsibleFor(resource)).usages().add(notes);

        overlay.await(storeNote("stored where the usage runs"));
    }

    @Test
    void a_usage_refuses_values_with_its_own_error_code() {
        overlay.peers.forEach(p -> p.usages().add(notes));

        assertThat(overlay.failure(storeNote("!loud")).errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
    }
}

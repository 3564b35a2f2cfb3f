package org.reloadj.example.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.testkit.InMemoryOverlay;
import org.reloadj.testkit.InMemoryStorage;

/** The example usage's kind and its typed service, on the test kit's in-memory overlay. */
class ExampleNoteTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStorage storage = new InMemoryStorage();

    @Test
    void the_kind_is_private_use_single_user_match() {
        assertThat(ExampleNoteUsage.EXAMPLE_NOTE.id().value()).isBetween(0xF000_0001L, 0xFFFF_FFFEL);
        assertThat(ExampleNoteUsage.EXAMPLE_NOTE.id().isPrivateUse()).isTrue();
        assertThat(ExampleNoteUsage.EXAMPLE_NOTE.dataModel()).isEqualTo(DataModel.SINGLE_VALUE);
        assertThat(ExampleNoteUsage.EXAMPLE_NOTE.accessControl()).isEqualTo(AccessControlPolicy.USER_MATCH);
        assertThat(new ExampleNoteUsage().kinds()).containsExactly(ExampleNoteUsage.EXAMPLE_NOTE);
    }

    @Test
    void a_note_that_is_not_utf8_is_forbidden() {
        assertThatThrownBy(() -> new ExampleNoteUsage().validate(ExampleNoteUsage.EXAMPLE_NOTE.id(),
                Opaque.of((byte) 0xC3, (byte) 0x28))).isInstanceOfSatisfying(ReloadException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN));
    }

    @Test
    void a_note_written_by_one_user_is_read_by_another() throws Exception {
        Notes alice = notes("alice@overlay.example.org", 1);
        Notes bob = notes("bob@overlay.example.org", 2);

        alice.write("lunch at noon").toCompletableFuture().get();

        assertThat(bob.read("alice@overlay.example.org").toCompletableFuture().get())
                .contains(new Note("alice@overlay.example.org", "lunch at noon", CLOCK.instant()));
        assertThat(bob.read("carol@overlay.example.org").toCompletableFuture().get()).isEmpty();
    }

    private Notes notes(String user, int node) {
        byte[] id = new byte[16];
        id[0] = (byte) node;
        return new OverlayNotes(new InMemoryOverlay(storage, NodeId.of(id), user), user, CLOCK);
    }
}

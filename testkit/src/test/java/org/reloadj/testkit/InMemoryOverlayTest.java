package org.reloadj.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;

/** The in-memory overlay keeps the data models of RFC 6940, 7.2 and finds as 7.4.4 says. */
class InMemoryOverlayTest {
    private static final KindId KIND = new KindId(0xF000_0001L);
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ResourceId LOW = ResourceId.fromHex("10000000000000000000000000000000");
    private static final ResourceId HIGH = ResourceId.fromHex("90000000000000000000000000000000");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final InMemoryOverlay alice = new InMemoryOverlay(storage, NodeId.fromHex("a0000000000000000000000000000000"),
            "alice@overlay.example.org");

    private static <T> T done(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }

    private void store(ResourceId at, Slot slot, String text) {
        done(alice.store(at, List.of(new KindValues(KIND, 0, List.of(StoredValue.of(slot, Opaque.utf8(text), NOW,
                Duration.ofHours(1)))))));
    }

    private List<String> fetch(ResourceId at, Query query) {
        return done(alice.fetch(at, List.of(query))).get(0).values().stream().map(v -> v.value().toUtf8()).toList();
    }

    @Test
    void array_entries_are_appended_at_0xffffffff_and_replaced_at_their_index() {
        store(LOW, new Slot.Index(Slot.APPEND), "a");
        store(LOW, new Slot.Index(Slot.APPEND), "b");
        store(LOW, new Slot.Index(0), "a2");
        store(LOW, new Slot.Index(4), "e");
        store(LOW, new Slot.Index(Slot.APPEND), "f");

        assertThat(fetch(LOW, Query.range(KIND, 0, Slot.APPEND))).containsExactly("a2", "b", "e", "f");
        assertThat(fetch(LOW, Query.range(KIND, 1, 4))).containsExactly("b", "e");
        assertThat(storage.values(LOW, KIND)).extracting(StoredValue::slot).contains(new Slot.Index(5));
    }

    @Test
    void a_single_value_replaces_the_one_before_and_names_its_signer() {
        store(LOW, Slot.SINGLE, "one");
        store(LOW, Slot.SINGLE, "two");

        assertThat(fetch(LOW, Query.all(KIND))).containsExactly("two");
        assertThat(done(alice.fetch(LOW, List.of(Query.all(KIND)))).get(0).values().get(0).signer())
                .hasValue(new StoredValue.Signer("alice@overlay.example.org", alice.localNodeId()));
    }

    @Test
    void dictionary_entries_are_kept_by_key() {
        store(LOW, new Slot.Key(Opaque.utf8("k1")), "v1");
        store(LOW, new Slot.Key(Opaque.utf8("k2")), "v2");
        store(LOW, new Slot.Key(Opaque.utf8("k1")), "v1b");

        assertThat(fetch(LOW, Query.all(KIND))).containsExactly("v1b", "v2");
        assertThat(fetch(LOW, Query.keys(KIND, List.of(Opaque.utf8("k2"))))).containsExactly("v2");
    }

    @Test
    void find_gives_the_first_resource_at_or_after_round_the_ring() {
        store(LOW, Slot.SINGLE, "low");
        store(HIGH, Slot.SINGLE, "high");

        assertThat(done(alice.find(LOW, Set.of(KIND)))).isEqualTo(Map.of(KIND, LOW));
        assertThat(done(alice.find(ResourceId.fromHex("20000000000000000000000000000000"), Set.of(KIND))))
                .isEqualTo(Map.of(KIND, HIGH));
        assertThat(done(alice.find(ResourceId.fromHex("f0000000000000000000000000000000"), Set.of(KIND))))
                .isEqualTo(Map.of(KIND, LOW));
        assertThat(done(alice.find(LOW, Set.of(new KindId(7))))).isEmpty();
    }

    @Test
    void operations_are_recorded_and_fail_as_told() {
        storage.fail("fetch", ErrorCode.ERROR_NOT_FOUND);
        store(LOW, Slot.SINGLE, "x");

        assertThatThrownBy(() -> fetch(LOW, Query.all(KIND))).cause().isInstanceOfSatisfying(ReloadException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_NOT_FOUND));
        assertThat(storage.operations()).containsExactly("store", "fetch");
    }

    @Test
    void resource_ids_are_sha1_truncated_to_128_bits() {
        assertThat(alice.resourceId(Opaque.utf8("abc"))).isEqualTo(
                ResourceId.fromHex("a9993e364706816aba3e25717850c26c"));
    }
}

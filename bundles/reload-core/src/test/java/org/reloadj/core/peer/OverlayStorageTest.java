package org.reloadj.core.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.peer.SecureOverlay.ARRAY;
import static org.reloadj.core.peer.SecureOverlay.DICTIONARY;
import static org.reloadj.core.peer.SecureOverlay.SINGLE;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindMetadata;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.PingResult;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoreResult;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.api.registry.ProbeInformationType;
import org.reloadj.core.node.OutgoingRequest;
import org.reloadj.wire.body.ProbeAns;
import org.reloadj.wire.body.ProbeReq;

/**
 * Store, Fetch, Stat and Find of all three data models through the Overlay API of a six-peer
 * ring, signed and verified with real certificates (RFC 6940, 7.4, 7.1): every request is
 * forwarded over two or more hops to the responsible peer and answered back along the via list.
 */
class OverlayStorageTest {
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final SecureOverlay overlay = new SecureOverlay(6);
    private final ReloadNode alice = overlay.peer(0);
    private final ReloadNode reader = overlay.peer(3);
    private final ResourceId aliceResource = overlay.resourceOf(overlay.user(alice));

    private Instant now() {
        return overlay.scheduler.clock().instant();
    }

    private StoredValue value(Slot slot, String text) {
        return StoredValue.of(slot, Opaque.utf8(text), now(), LIFETIME);
    }

    private List<StoreResult> store(KindId kind, StoredValue... values) {
        return overlay.await(alice.overlay().store(aliceResource, List.of(new KindValues(kind, 0, List.of(values)))));
    }

    private KindValues fetch(ReloadNode by, Query query) {
        return overlay.await(by.overlay().fetch(aliceResource, List.of(query))).get(0);
    }

    private static List<String> texts(KindValues values) {
        return values.values().stream().map(v -> v.exists() ? v.value().toUtf8() : "-").toList();
    }

    @Test
    void the_users_resource_is_two_or_more_hops_from_the_storing_peer() {
        int responsible = overlay.responsibleFor(aliceResource);
        assertThat(Math.floorMod(responsible - 0, 6)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_single_value_stored_through_forwarding_is_fetched_with_its_verified_signer_by_any_node() {
        List<StoreResult> stored = store(SINGLE.id(), value(Slot.SINGLE, "alice's value"));

        int responsible = overlay.responsibleFor(aliceResource);
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(SINGLE.id());
            assertThat(r.generation()).isPositive();
            assertThat(r.replicas()).containsExactly(overlay.id((responsible + 1) % 6), overlay.id((responsible + 2) % 6));
        });
        KindValues fetched = fetch(reader, Query.all(SINGLE.id()));
        assertThat(texts(fetched)).containsExactly("alice's value");
        assertThat(fetched.generation()).isEqualTo(stored.get(0).generation());
        assertThat(fetched.values().get(0).signer()).contains(
                new StoredValue.Signer(overlay.user(alice), overlay.id(0)));
        assertThat(reader.overlay().discardedValues()).isZero();
    }

    @Test
    void array_entries_are_stored_at_an_index_and_appended_and_fetched_by_range() {
        store(ARRAY.id(), value(new Slot.Index(0), "zero"), value(new Slot.Index(Slot.APPEND), "one"));
        store(ARRAY.id(), value(new Slot.Index(Slot.APPEND), "two"));

        assertThat(texts(fetch(reader, Query.all(ARRAY.id())))).containsExactly("zero", "one", "two");
        KindValues middle = fetch(reader, Query.range(ARRAY.id(), 1, 1));
        assertThat(texts(middle)).containsExactly("one");
        assertThat(middle.values().get(0).slot()).isEqualTo(new Slot.Index(1));
        assertThat(middle.values().get(0).signer()).isPresent();
    }

    @Test
    void dictionary_entries_keyed_by_the_signers_node_id_are_fetched_whole_or_by_key() {
        Opaque key = overlay.id(0).bytes();
        store(DICTIONARY.id(), value(new Slot.Key(key), "by node 0"));

        assertThat(texts(fetch(reader, Query.all(DICTIONARY.id())))).containsExactly("by node 0");
        KindValues byKey = fetch(reader, Query.keys(DICTIONARY.id(), List.of(key, Opaque.utf8("absent"))));
        assertThat(texts(byKey)).containsExactly("by node 0", "-");
        assertThat(byKey.values().get(1).signer()).as("a synthesized nonexistent value is unsigned").isEmpty();
    }

    @Test
    void a_deletion_stores_a_nonexistent_value() {
        store(SINGLE.id(), value(Slot.SINGLE, "here"));
        overlay.scheduler.advance(Duration.ofSeconds(1));
        store(SINGLE.id(), StoredValue.deletion(Slot.SINGLE, now(), LIFETIME));

        assertThat(texts(fetch(reader, Query.all(SINGLE.id())))).containsExactly("-");
    }

    @Test
    void stat_answers_the_metadata_with_a_sha256_of_the_value() throws Exception {
        store(ARRAY.id(), value(new Slot.Index(0), "abc"));

        List<KindMetadata> stat = overlay.await(reader.overlay().stat(aliceResource, List.of(Query.all(ARRAY.id()))));

        KindMetadata.Entry entry = stat.get(0).values().get(0);
        assertThat(entry.slot()).isEqualTo(new Slot.Index(0));
        assertThat(entry.exists()).isTrue();
        assertThat(entry.valueLength()).isEqualTo(3);
        assertThat(entry.hashAlgorithm()).isEqualTo(HashAlgorithm.SHA256.code());
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(ByteBuffer.allocate(4).putInt(3).array());
        assertThat(entry.hash()).isEqualTo(Opaque.of(sha256.digest("abc".getBytes())));
    }

    @Test
    void find_names_the_resource_holding_a_kind_and_leaves_out_kinds_stored_nowhere_there() {
        store(SINGLE.id(), value(Slot.SINGLE, "x"));

        Map<KindId, ResourceId> found = overlay.await(reader.overlay().find(aliceResource,
                Set.of(SINGLE.id(), ARRAY.id())));

        assertThat(found).containsExactly(Map.entry(SINGLE.id(), aliceResource));
    }

    @Test
    void probe_counts_the_resources_the_responsible_peer_stores() throws Exception {
        store(SINGLE.id(), value(Slot.SINGLE, "x"));
        int responsible = overlay.responsibleFor(aliceResource);

        ProbeAns probe = (ProbeAns) overlay.await(reader.node().send(OutgoingRequest.to(overlay.id(responsible),
                ProbeReq.of(ProbeInformationType.NUM_RESOURCES))))
                .decodeBody(reader.node().settings().wireContext());

        assertThat(probe.probeInfo()).singleElement().satisfies(i -> assertThat(i.uint32()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void ping_through_the_overlay_names_the_responsible_peer() {
        PingResult ping = overlay.await(alice.overlay().ping(aliceResource));

        assertThat(ping.responder()).isEqualTo(overlay.id(overlay.responsibleFor(aliceResource)));
        assertThat(ping.roundTrip()).isPositive();
    }
}

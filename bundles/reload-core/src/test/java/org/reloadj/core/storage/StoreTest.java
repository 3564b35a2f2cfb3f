package org.reloadj.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.storage.StorageFixture.ALICE;
import static org.reloadj.core.storage.StorageFixture.ALICE_NODE;
import static org.reloadj.core.storage.StorageFixture.ALICE_RES;
import static org.reloadj.core.storage.StorageFixture.ARRAY;
import static org.reloadj.core.storage.StorageFixture.DICTIONARY;
import static org.reloadj.core.storage.StorageFixture.LIFETIME;
import static org.reloadj.core.storage.StorageFixture.REPLICA_NODE;
import static org.reloadj.core.storage.StorageFixture.SINGLE;
import static org.reloadj.core.storage.StorageFixture.kindData;
import static org.reloadj.core.storage.StorageFixture.texts;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.body.StoreAns;
import org.reloadj.wire.storage.ArrayRange;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.FetchKindResponse;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StoreKindResponse;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

class StoreTest {
    private static final ModelSpecifier ONE = new ModelSpecifier.SingleValue();
    private static final ModelSpecifier WHOLE_ARRAY = new ModelSpecifier.ArrayRanges(
            List.of(new ArrayRange(0, ArrayRange.LAST)));
    private static final ModelSpecifier ALL_KEYS = new ModelSpecifier.DictionaryKeys(List.of());

    private final StorageFixture f = new StorageFixture();

    @Test
    void a_single_value_is_stored_and_the_answer_gives_its_generation_and_the_replicas() throws ReloadException {
        StoreAns ans = f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1000, "abc")));

        StoreKindResponse r = ans.kindResponses().get(0);
        assertThat(r.kind()).isEqualTo(SINGLE.id());
        assertThat(r.generationCounter()).isPositive();
        assertThat(r.replicas()).containsExactly(REPLICA_NODE);
        FetchKindResponse fetched = f.fetch(ALICE_RES, SINGLE, ONE);
        assertThat(texts(fetched.values())).containsExactly("abc");
        assertThat(fetched.generation()).isEqualTo(r.generationCounter());
    }

    @Test
    void a_newer_single_value_replaces_the_stored_one_and_raises_the_generation() throws ReloadException {
        long first = f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1000, "one")))
                .kindResponses().get(0).generationCounter();
        long second = f.store(ALICE_RES, ALICE, kindData(SINGLE, first, f.single(ALICE, 2000, "two")))
                .kindResponses().get(0).generationCounter();

        assertThat(second).isGreaterThan(first);
        assertThat(texts(f.fetch(ALICE_RES, SINGLE, ONE).values())).containsExactly("two");
    }

    @Test
    void a_store_without_values_changes_nothing_and_keeps_the_generation() throws ReloadException {
        long gen = f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1000, "one")))
                .kindResponses().get(0).generationCounter();
        assertThat(f.store(ALICE_RES, ALICE, kindData(SINGLE, 0)).kindResponses().get(0).generationCounter())
                .isEqualTo(gen);
    }

    @Test
    void array_entries_go_to_their_index_and_an_append_goes_after_the_last() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(ARRAY, 0, f.entry(ALICE, 1000, 1, "b")));
        f.store(ALICE_RES, ALICE, kindData(ARRAY, 0, f.entry(ALICE, 1001, KindUpdate.APPEND, "c")));

        List<StoredData> values = f.fetch(ALICE_RES, ARRAY, WHOLE_ARRAY).values();
        assertThat(texts(values)).containsExactly("-", "b", "c");
        assertThat(values.get(2).value()).isEqualTo(new StoredDataValue.ArrayEntry(2, DataValue.of(Opaque.utf8("c"))));
    }

    @Test
    void an_append_to_an_empty_array_goes_to_index_zero_and_appends_in_one_request_follow_each_other()
            throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(ARRAY, 0, f.entry(ALICE, 1000, KindUpdate.APPEND, "a"),
                f.entry(ALICE, 1001, KindUpdate.APPEND, "b")));
        assertThat(texts(f.fetch(ALICE_RES, ARRAY, WHOLE_ARRAY).values())).containsExactly("a", "b");
    }

    @Test
    void a_dictionary_entry_replaces_its_key_only() throws ReloadException {
        Opaque key = ALICE_NODE.bytes();
        f.store(ALICE_RES, ALICE, kindData(DICTIONARY, 0, f.dictEntry(ALICE, 1000, key, "old")));
        f.store(ALICE_RES, ALICE, kindData(DICTIONARY, 0, f.dictEntry(ALICE, 2000, key, "new")));
        assertThat(texts(f.fetch(ALICE_RES, DICTIONARY, ALL_KEYS).values())).containsExactly("new");
    }

    @Test
    void storing_a_nonexistent_value_removes_the_value_and_keeps_a_signed_tombstone() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1000, "abc")));
        StoredData removal = f.signed(ALICE, 2000, new StoredDataValue.SingleValue(DataValue.absent()));
        f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, removal));

        StoredData fetched = f.fetch(ALICE_RES, SINGLE, ONE).values().get(0);
        assertThat(fetched.value().value().exists()).isFalse();
        assertThat(fetched.signature()).as("the storer's signature, not a synthetic one").isEqualTo(removal.signature());
        assertThat(fetched.storageTime()).isEqualTo(2000);
    }

    @Test
    void the_tombstone_stops_the_removed_value_from_being_stored_again() throws ReloadException {
        StoredData original = f.single(ALICE, 1000, "abc");
        f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, original));
        f.store(ALICE_RES, ALICE, kindData(SINGLE, 0,
                f.signed(ALICE, 2000, new StoredDataValue.SingleValue(DataValue.absent()))));

        f.storeRefused(ErrorCode.ERROR_DATA_TOO_OLD, ALICE_RES, ALICE, kindData(SINGLE, 0, original));
    }

    @Test
    void a_fetched_value_carries_the_lifetime_it_has_left() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1000, "abc")));
        f.clock.advance(Duration.ofSeconds(600).plusMillis(500));
        assertThat(f.fetch(ALICE_RES, SINGLE, ONE).values().get(0).lifetime()).isEqualTo(LIFETIME - 600);
    }

    @Test
    void an_expired_value_is_not_answered_and_no_longer_blocks_an_older_storage_time() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 5000, "abc")));
        f.clock.advance(Duration.ofSeconds(LIFETIME));

        StoredData fetched = f.fetch(ALICE_RES, SINGLE, ONE).values().get(0);
        assertThat(fetched.value().value().exists()).isFalse();
        f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1000, "older")));
        assertThat(texts(f.fetch(ALICE_RES, SINGLE, ONE).values())).containsExactly("older");
    }

    @Test
    void a_value_lives_until_the_last_millisecond_of_its_lifetime() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1000, "abc")));
        f.clock.advance(Duration.ofSeconds(LIFETIME).minusMillis(1));
        StoredData fetched = f.fetch(ALICE_RES, SINGLE, ONE).values().get(0);
        assertThat(texts(List.of(fetched))).containsExactly("abc");
        assertThat(fetched.lifetime()).isEqualTo(1);
    }

    @Test
    void purging_removes_expired_values_and_counts_them() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(ARRAY, 0, f.entry(ALICE, 1000, 0, "a"), f.entry(ALICE, 1000, 1, "b")));
        assertThat(f.engine.purgeExpired()).isZero();
        f.clock.advance(Duration.ofSeconds(LIFETIME));

        assertThat(f.engine.valueCount()).as("not yet purged").isEqualTo(2);
        assertThat(f.engine.purgeExpired()).isEqualTo(2);
        assertThat(f.engine.valueCount()).isZero();
        assertThat(f.engine.storedResources()).isEmpty();
    }

    @Test
    void generation_counters_never_repeat_at_a_location_after_its_values_expired() throws ReloadException {
        long before = f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1000, "a")))
                .kindResponses().get(0).generationCounter();
        f.clock.advance(Duration.ofSeconds(LIFETIME));
        f.engine.purgeExpired();

        long after = f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 2000, "b")))
                .kindResponses().get(0).generationCounter();
        assertThat(after).isGreaterThan(before);
    }
}

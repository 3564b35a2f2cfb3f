package org.reloadj.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.storage.StorageFixture.ALICE;
import static org.reloadj.core.storage.StorageFixture.ALICE_NODE;
import static org.reloadj.core.storage.StorageFixture.ALICE_RES;
import static org.reloadj.core.storage.StorageFixture.ARRAY;
import static org.reloadj.core.storage.StorageFixture.BOB;
import static org.reloadj.core.storage.StorageFixture.BOB_NODE;
import static org.reloadj.core.storage.StorageFixture.DICTIONARY;
import static org.reloadj.core.storage.StorageFixture.NODE;
import static org.reloadj.core.storage.StorageFixture.SINGLE;
import static org.reloadj.core.storage.StorageFixture.kindData;
import static org.reloadj.core.storage.StorageFixture.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.body.StoreAns;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;
import org.reloadj.wire.storage.ArrayRange;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoreKindResponse;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

class StoreRefusalTest {
    private final StorageFixture f = new StorageFixture();

    private long storeSingle(long storageTime, String value) throws ReloadException {
        return f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, storageTime, value)))
                .kindResponses().get(0).generationCounter();
    }

    private List<String> storedSingle() throws ReloadException {
        return texts(f.fetch(ALICE_RES, SINGLE, new ModelSpecifier.SingleValue()).values());
    }

    @Test
    void unknown_kinds_are_all_listed_and_nothing_is_stored() throws Exception {
        StoreKindData unknown1 = new StoreKindData(new KindId(77), 0, List.of());
        StoreKindData unknown2 = new StoreKindData(new KindId(78), 0, List.of());
        StorageException e = f.storeRefused(ErrorCode.ERROR_UNKNOWN_KIND, ALICE_RES, ALICE, unknown1,
                kindData(SINGLE, 0, f.single(ALICE, 1000, "abc")), unknown2);

        assertThat(KindTableTest.unknownKindsIn(e)).containsExactly(new KindId(77), new KindId(78));
        assertThat(f.engine.valueCount()).isZero();
    }

    @Test
    void a_kind_becomes_unknown_when_its_usage_leaves_the_table() {
        f.kinds.set(KindTable.empty());
        f.storeRefused(ErrorCode.ERROR_UNKNOWN_KIND, ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1, "a")));
    }

    @Test
    void user_match_refuses_a_value_signed_by_another_user() {
        f.storeRefused(ErrorCode.ERROR_FORBIDDEN, ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(BOB, 1000, "x")));
    }

    @Test
    void an_original_store_is_refused_when_its_request_signer_may_not_write_there() {
        f.storeRefused(ErrorCode.ERROR_FORBIDDEN, ALICE_RES, BOB, kindData(SINGLE, 0, f.single(ALICE, 1000, "x")));
    }

    @Test
    void node_match_refuses_a_node_writing_at_another_nodes_resource() {
        ResourceId aliceNodeRes = Sha1Hasher.INSTANCE.hash(ALICE_NODE.bytes());
        f.storeRefused(ErrorCode.ERROR_FORBIDDEN, aliceNodeRes, BOB, kindData(NODE, 0, f.single(BOB, 1000, "x")));
    }

    @Test
    void node_match_lets_a_node_write_at_its_own_resource() throws ReloadException {
        ResourceId bobNodeRes = Sha1Hasher.INSTANCE.hash(BOB_NODE.bytes());
        f.store(bobNodeRes, BOB, kindData(NODE, 0, f.single(BOB, 1000, "x")));
        assertThat(f.engine.valueCount()).isEqualTo(1);
    }

    @Test
    void user_node_match_refuses_a_dictionary_key_of_another_node() {
        f.storeRefused(ErrorCode.ERROR_FORBIDDEN, ALICE_RES, ALICE,
                kindData(DICTIONARY, 0, f.dictEntry(ALICE, 1000, BOB_NODE.bytes(), "x")));
    }

    @Test
    void a_value_whose_signature_does_not_verify_is_forbidden() {
        StoredData forged = new StoredData(1000, 60, new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("x"))),
                FakeVerifier.forged());
        f.storeRefused(ErrorCode.ERROR_FORBIDDEN, ALICE_RES, ALICE, kindData(SINGLE, 0, forged));
    }

    @Test
    void an_anonymous_value_is_forbidden_without_asking_the_verifier() {
        StoredDataValue v = new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("x")));
        Signature noIdentity = new Signature(4, 1, SignerIdentity.None.INSTANCE, Opaque.utf8("s"));
        Signature noAlgorithm = new Signature(0, 0, f.verifier.signatureOf(ALICE).identity(), Opaque.utf8("s"));
        for (Signature s : List.of(Signature.unsigned(), noIdentity, noAlgorithm)) {
            f.storeRefused(ErrorCode.ERROR_FORBIDDEN, ALICE_RES, ALICE,
                    kindData(SINGLE, 0, new StoredData(1000, 60, v, s)));
        }
        assertThat(f.verifier.calls()).isZero();
    }

    @Test
    void a_value_over_max_size_is_too_large() {
        f.storeRefused(ErrorCode.ERROR_DATA_TOO_LARGE, ALICE_RES, ALICE,
                kindData(SINGLE, 0, f.single(ALICE, 1000, "x".repeat(SINGLE.maxSize() + 1))));
    }

    @Test
    void a_value_of_exactly_max_size_is_stored() throws ReloadException {
        storeSingle(1000, "x".repeat(SINGLE.maxSize()));
        assertThat(storedSingle()).hasSize(1);
    }

    @Test
    void more_values_than_max_count_are_too_large() throws ReloadException {
        Writer alice = ALICE;
        f.store(ALICE_RES, alice, kindData(ARRAY, 0, f.entry(alice, 1, 0, "a"), f.entry(alice, 1, 1, "b")));
        f.store(ALICE_RES, alice, kindData(ARRAY, 0, f.entry(alice, 1, 2, "c"), f.entry(alice, 1, 3, "d")));
        f.storeRefused(ErrorCode.ERROR_DATA_TOO_LARGE, ALICE_RES, alice,
                kindData(ARRAY, 0, f.entry(alice, 2, KindUpdate.APPEND, "e")));
    }

    @Test
    void an_array_index_at_max_count_is_too_large_and_one_below_is_stored() throws ReloadException {
        int max = ARRAY.maxCount();
        f.storeRefused(ErrorCode.ERROR_DATA_TOO_LARGE, ALICE_RES, ALICE, kindData(ARRAY, 0, f.entry(ALICE, 1, max, "x")));
        f.store(ALICE_RES, ALICE, kindData(ARRAY, 0, f.entry(ALICE, 1, max - 1, "x")));
        assertThat(f.engine.valueCount()).isEqualTo(1);
    }

    @Test
    void a_value_in_the_wrong_data_model_is_an_invalid_message() {
        f.storeRefused(ErrorCode.ERROR_INVALID_MESSAGE, ALICE_RES, ALICE, kindData(SINGLE, 0, f.entry(ALICE, 1, 0, "x")));
    }

    @Test
    void an_older_storage_time_is_too_old() throws ReloadException {
        storeSingle(2000, "new");
        f.storeRefused(ErrorCode.ERROR_DATA_TOO_OLD, ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1999, "old")));
        assertThat(storedSingle()).containsExactly("new");
    }

    @Test
    void an_equal_storage_time_is_too_old() throws ReloadException {
        storeSingle(2000, "first");
        f.storeRefused(ErrorCode.ERROR_DATA_TOO_OLD, ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 2000, "same")));
    }

    @Test
    void storage_times_compare_as_unsigned_64_bit_numbers() throws ReloadException {
        storeSingle(1000, "small");
        storeSingle(-1, "huge");
        assertThat(storedSingle()).containsExactly("huge");
    }

    @Test
    void a_generation_counter_other_than_the_stored_one_fails_with_the_stored_counters_of_every_kind()
            throws Exception {
        long singleGen = storeSingle(1000, "one");
        StorageException e = f.storeRefused(ErrorCode.ERROR_GENERATION_COUNTER_TOO_LOW, ALICE_RES, ALICE,
                kindData(ARRAY, 0, f.entry(ALICE, 1, 0, "a")),
                kindData(SINGLE, singleGen + 5, f.single(ALICE, 2000, "two")));

        StoreAns info = StoreAns.decode(WireReader.of(e.errorInfo()), WireContext.defaults());
        assertThat(info.kindResponses()).containsExactly(new StoreKindResponse(ARRAY.id(), 0, List.of()),
                new StoreKindResponse(SINGLE.id(), singleGen, List.of()));
        assertThat(storedSingle()).containsExactly("one");
        assertThat(f.engine.valueCount()).as("the array kind was not stored either").isEqualTo(1);
    }

    @Test
    void the_stored_generation_counter_or_zero_lets_a_store_through() throws ReloadException {
        long gen = storeSingle(1000, "one");
        f.store(ALICE_RES, ALICE, kindData(SINGLE, gen, f.single(ALICE, 2000, "two")));
        storeSingle(3000, "three");
        assertThat(storedSingle()).containsExactly("three");
    }

    @Test
    void a_store_whose_second_kind_fails_changes_nothing() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(ARRAY, 0, f.entry(ALICE, 5000, 0, "kept")));
        long generationBefore = f.fetch(ALICE_RES, SINGLE, new ModelSpecifier.SingleValue()).generation();

        f.storeRefused(ErrorCode.ERROR_DATA_TOO_OLD, ALICE_RES, ALICE,
                kindData(SINGLE, 0, f.single(ALICE, 6000, "single")),
                kindData(ARRAY, 0, f.entry(ALICE, 4000, 0, "stale")));

        assertThat(storedSingle()).containsExactly("-");
        assertThat(f.fetch(ALICE_RES, SINGLE, new ModelSpecifier.SingleValue()).generation()).isEqualTo(generationBefore);
        assertThat(texts(f.fetch(ALICE_RES, ARRAY, new ModelSpecifier.ArrayRanges(
                List.of(new ArrayRange(0, 0)))).values())).containsExactly("kept");
    }

    @Test
    void a_usage_refusing_a_value_refuses_the_store() {
        UsageDefinitions.Refusing refusing = new UsageDefinitions.Refusing(SINGLE);
        f.kinds.set(f.kinds.get().with(refusing));
        f.storeRefused(ErrorCode.ERROR_FORBIDDEN, ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1, "x")));
        assertThat(refusing.seen()).containsExactly("x");
    }
}

package org.reloadj.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.storage.StorageFixture.ALICE;
import static org.reloadj.core.storage.StorageFixture.ALICE_NODE;
import static org.reloadj.core.storage.StorageFixture.ALICE_RES;
import static org.reloadj.core.storage.StorageFixture.ARRAY;
import static org.reloadj.core.storage.StorageFixture.DICTIONARY;
import static org.reloadj.core.storage.StorageFixture.SINGLE;
import static org.reloadj.core.storage.StorageFixture.kindData;
import static org.reloadj.core.storage.StorageFixture.texts;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.body.FetchReq;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.storage.ArrayRange;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.FetchKindResponse;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataSpecifier;
import org.reloadj.wire.storage.StoredDataValue;

class FetchTest {
    private static final ModelSpecifier ONE = new ModelSpecifier.SingleValue();
    private static final Opaque OTHER_KEY = Opaque.utf8("not stored");

    private final StorageFixture f = new StorageFixture();

    private static ModelSpecifier ranges(int... bounds) {
        List<ArrayRange> list = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            list.add(new ArrayRange(bounds[i], bounds[i + 1]));
        }
        return new ModelSpecifier.ArrayRanges(list);
    }

    private void storeSparseArray() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(ARRAY, 0, f.entry(ALICE, 1000, 2, "X")));
    }

    @Test
    void a_single_value_never_stored_comes_back_nonexistent_with_the_empty_signature() throws ReloadException {
        StoredData v = f.fetch(ALICE_RES, SINGLE, ONE).values().get(0);
        assertThat(v).isEqualTo(new StoredData(0, 0, new StoredDataValue.SingleValue(DataValue.absent()),
                Signature.unsigned()));
    }

    @Test
    void a_sparse_array_answers_its_gaps_as_nonexistent_entries_with_their_indices() throws ReloadException {
        storeSparseArray();
        List<StoredData> values = f.fetch(ALICE_RES, ARRAY, ranges(0, ArrayRange.LAST)).values();

        assertThat(texts(values)).containsExactly("-", "-", "X");
        assertThat(values.get(1).value()).isEqualTo(new StoredDataValue.ArrayEntry(1, DataValue.absent()));
        assertThat(values.get(1).signature()).isEqualTo(Signature.unsigned());
    }

    @Test
    void array_ranges_are_answered_in_the_order_asked_and_cut_at_the_final_element() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(ARRAY, 0, f.entry(ALICE, 1, 0, "a"), f.entry(ALICE, 1, 1, "b"),
                f.entry(ALICE, 1, 2, "c")));
        assertThat(texts(f.fetch(ALICE_RES, ARRAY, ranges(2, 100, 0, 0)).values())).containsExactly("c", "a");
    }

    @Test
    void an_empty_array_has_no_values_to_answer() throws ReloadException {
        assertThat(f.fetch(ALICE_RES, ARRAY, ranges(0, ArrayRange.LAST)).values()).isEmpty();
    }

    @Test
    void a_range_ending_before_it_starts_is_an_invalid_message() {
        StorageFixture.refused(ErrorCode.ERROR_INVALID_MESSAGE, () -> f.fetch(ALICE_RES, ARRAY, ranges(3, 1)));
    }

    @Test
    void overlapping_ranges_are_an_invalid_message() {
        StorageFixture.refused(ErrorCode.ERROR_INVALID_MESSAGE,
                () -> f.fetch(ALICE_RES, ARRAY, ranges(4, ArrayRange.LAST, 0, 4)));
    }

    @Test
    void a_dictionary_fetch_without_keys_answers_every_entry() throws ReloadException {
        Writer twoNodes = new Writer(ALICE.userName(), List.of(ALICE_NODE, StorageFixture.BOB_NODE),
                StorageFixture.BOB_NODE);
        f.store(ALICE_RES, ALICE, kindData(DICTIONARY, 0, f.dictEntry(ALICE, 1, ALICE_NODE.bytes(), "mine")));
        f.store(ALICE_RES, twoNodes, kindData(DICTIONARY, 0,
                f.dictEntry(twoNodes, 1, StorageFixture.BOB_NODE.bytes(), "other device")));

        assertThat(texts(f.fetch(ALICE_RES, DICTIONARY, new ModelSpecifier.DictionaryKeys(List.of())).values()))
                .as("in key order").containsExactly("mine", "other device");
    }

    @Test
    void a_dictionary_fetch_answers_each_key_asked_once_nonexistent_where_not_stored() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(DICTIONARY, 0, f.dictEntry(ALICE, 1, ALICE_NODE.bytes(), "mine")));
        List<StoredData> values = f.fetch(ALICE_RES, DICTIONARY, new ModelSpecifier.DictionaryKeys(
                List.of(OTHER_KEY, ALICE_NODE.bytes(), OTHER_KEY))).values();

        assertThat(texts(values)).containsExactly("-", "mine");
        assertThat(values.get(0).value()).isEqualTo(new StoredDataValue.DictionaryEntry(OTHER_KEY, DataValue.absent()));
    }

    @Test
    void a_fetch_with_the_stored_generation_gets_no_values_and_with_zero_or_another_gets_them() throws ReloadException {
        long gen = f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1, "abc")))
                .kindResponses().get(0).generationCounter();
        FetchReq req = new FetchReq(ALICE_RES, List.of(new StoredDataSpecifier(SINGLE.id(), gen, ONE),
                new StoredDataSpecifier(SINGLE.id(), 0, ONE), new StoredDataSpecifier(SINGLE.id(), gen - 1, ONE)));

        List<FetchKindResponse> answers = f.engine.fetch(req).kindResponses();
        assertThat(answers).extracting(FetchKindResponse::generation).containsOnly(gen);
        assertThat(answers).extracting(a -> a.values().size()).containsExactly(0, 1, 1);
    }

    @Test
    void one_response_per_specifier_in_the_order_of_the_request() throws ReloadException {
        storeSparseArray();
        FetchReq req = new FetchReq(ALICE_RES, List.of(new StoredDataSpecifier(ARRAY.id(), 0, ranges(2, 2)),
                new StoredDataSpecifier(SINGLE.id(), 0, ONE)));
        assertThat(f.engine.fetch(req).kindResponses()).extracting(FetchKindResponse::kind)
                .containsExactly(ARRAY.id(), SINGLE.id());
    }

    @Test
    void a_fetch_of_unknown_kinds_lists_them_all() throws Exception {
        FetchReq req = new FetchReq(ALICE_RES, List.of(new StoredDataSpecifier(new KindId(5), 0, ONE),
                new StoredDataSpecifier(SINGLE.id(), 0, ONE), new StoredDataSpecifier(new KindId(6), 0, ONE)));
        StorageException e = StorageFixture.refused(ErrorCode.ERROR_UNKNOWN_KIND, () -> f.engine.fetch(req));
        assertThat(KindTableTest.unknownKindsIn(e)).containsExactly(new KindId(5), new KindId(6));
    }

    @Test
    void a_specifier_of_another_data_model_is_an_invalid_message() {
        StorageFixture.refused(ErrorCode.ERROR_INVALID_MESSAGE, () -> f.fetch(ALICE_RES, ARRAY, ONE));
    }
}

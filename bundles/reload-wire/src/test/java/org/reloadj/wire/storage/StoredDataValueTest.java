package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.storage.StorageSamples.assertError;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;

import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.WireException;

/** StoredDataValue (7.2) and MetaDataValue (7.4.3.2), which share their arms. */
class StoredDataValueTest {
    private static final DataValue X = DataValue.of(Opaque.utf8("x"));

    private static StorageSamples.Decoder<StoredDataValue> values(DataModel model) {
        return r -> StoredDataValue.decode(r, model);
    }

    private static StorageSamples.Decoder<MetaDataValue> metadata(DataModel model) {
        return r -> MetaDataValue.decode(r, model);
    }

    @Test
    void a_single_value_is_a_bare_data_value() throws WireException {
        StoredDataValue v = assertRoundTrip("01 00000001 78", values(DataModel.SINGLE_VALUE), StoredDataValue::encode);
        assertThat(v).isEqualTo(new StoredDataValue.SingleValue(X));
        assertThat(v.model()).isEqualTo(DataModel.SINGLE_VALUE);
    }

    @Test
    void an_array_entry_is_a_uint32_index_then_a_data_value() throws WireException {
        // 7.2.2: index 0xfffffffe, value "x"
        StoredDataValue v = assertRoundTrip("fffffffe 01 00000001 78", values(DataModel.ARRAY), StoredDataValue::encode);
        assertThat(v).isEqualTo(new StoredDataValue.ArrayEntry(0xFFFF_FFFEL, X));
    }

    @Test
    void a_dictionary_entry_is_a_16_bit_length_key_then_a_data_value() throws WireException {
        // 7.2.3: DictionaryKey "ab" = 0002 6162, value absent
        StoredDataValue v = assertRoundTrip("0002 6162 00 00000000", values(DataModel.DICTIONARY),
                StoredDataValue::encode);
        assertThat(v).isEqualTo(new StoredDataValue.DictionaryEntry(Opaque.utf8("ab"), DataValue.absent()));
    }

    @Test
    void metadata_values_have_the_same_arms_around_metadata() throws WireException {
        // 7.4.3.2 ArrayEntryMeta: index 7, MetaData exists, length 1, hash none (0), no hash
        MetaDataValue m = assertRoundTrip("00000007 01 00000001 00 00", metadata(DataModel.ARRAY), MetaDataValue::encode);
        assertThat(m).isEqualTo(new MetaDataValue.ArrayMeta(7, new MetaData(true, 1, 0, Opaque.EMPTY)));
        assertThat(assertRoundTrip("0001 6b 00 00000000 00 00", metadata(DataModel.DICTIONARY), MetaDataValue::encode))
                .isInstanceOf(MetaDataValue.DictionaryMeta.class);
        assertThat(assertRoundTrip("00 00000000 00 00", metadata(DataModel.SINGLE_VALUE), MetaDataValue::encode).model())
                .isEqualTo(DataModel.SINGLE_VALUE);
    }

    @Test
    void the_exp_data_model_has_no_structure_and_means_an_unsupported_kind() {
        assertError("01 00000000", values(DataModel.EXP_DATA), ErrorCode.ERROR_UNKNOWN_KIND);
        assertError("01 00000000 00 00", metadata(DataModel.EXP_DATA), ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void rejects_a_truncated_array_index() {
        assertInvalid("0000", values(DataModel.ARRAY));
    }

    @Test
    void rejects_a_dictionary_key_longer_than_the_input() {
        assertInvalid("ffff 61", values(DataModel.DICTIONARY));
        assertInvalid("ffff 61", metadata(DataModel.DICTIONARY));
    }

    @Test
    void refuses_to_build_entries_that_do_not_fit_the_wire() {
        Opaque longKey = Opaque.of(new byte[0x10000]);
        MetaData none = new MetaData(false, 0, 0, Opaque.EMPTY);
        assertThatThrownBy(() -> new StoredDataValue.ArrayEntry(1L << 32, X)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredDataValue.DictionaryEntry(longKey, X)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetaDataValue.ArrayMeta(-1, none)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetaDataValue.DictionaryMeta(longKey, none)).isInstanceOf(IllegalArgumentException.class);
    }
}

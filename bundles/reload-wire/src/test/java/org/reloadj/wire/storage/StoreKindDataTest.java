package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.DICTIONARY_KIND;
import static org.reloadj.wire.storage.StorageSamples.EXP_KIND;
import static org.reloadj.wire.storage.StorageSamples.STORED_ABC;
import static org.reloadj.wire.storage.StorageSamples.STORED_BAR_1;
import static org.reloadj.wire.storage.StorageSamples.STORED_FOO_0;
import static org.reloadj.wire.storage.StorageSamples.STORED_K_V;
import static org.reloadj.wire.storage.StorageSamples.UNKNOWN_KIND;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertError;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;
import static org.reloadj.wire.storage.StorageSamples.kind;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Signature;

class StoreKindDataTest {
    private static final StorageSamples.Decoder<StoreKindData> DECODE = r -> StoreKindData.decode(r, CTX);

    @Test
    void encodes_kind_generation_and_a_32_bit_length_vector_of_stored_data() {
        StoreKindData d = new StoreKindData(KindId.TURN_SERVICE, 7, List.of(new StoredData(1000, 86400,
                new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("abc"))), Signature.unsigned())));
        // kind 2, generation 7, values<0..2^32-1> of 0x1f bytes: one StoredData (4 + 0x1b)
        assertEncodes(d, StoreKindData::encode, "00000002 0000000000000007 0000001f " + STORED_ABC);
    }

    @Test
    void round_trips_the_array_of_section_7_4_1_1_foo_at_0_and_bar_at_1() throws WireException {
        // kind 3 (CERTIFICATE_BY_NODE, an array); two StoredData of 4 + 0x1f bytes = 0x46
        StoreKindData d = assertRoundTrip("00000003 0000000000000000 00000046 " + STORED_FOO_0 + STORED_BAR_1,
                DECODE, StoreKindData::encode);
        assertThat(d.values()).hasSize(2);
        assertThat(d.values().get(1).value()).isEqualTo(new StoredDataValue.ArrayEntry(1, DataValue.of(Opaque.utf8("bar"))));
    }

    @Test
    void round_trips_a_dictionary_kind() throws WireException {
        assertRoundTrip(kind(DICTIONARY_KIND) + " 0000000000000001 00000020 " + STORED_K_V, DECODE, StoreKindData::encode);
    }

    @Test
    void round_trips_no_values() throws WireException {
        assertThat(assertRoundTrip("00000002 ffffffffffffffff 00000000", DECODE, StoreKindData::encode).values()).isEmpty();
    }

    @Test
    void an_unknown_kind_is_error_unknown_kind() {
        assertError(kind(UNKNOWN_KIND) + " 0000000000000000 00000000", DECODE, ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void a_kind_of_the_exp_data_model_is_error_unknown_kind() {
        assertError(kind(EXP_KIND) + " 0000000000000000 0000001f " + STORED_ABC, DECODE, ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void rejects_a_values_vector_longer_than_its_stored_data() {
        assertInvalid("00000002 0000000000000000 00000020 " + STORED_ABC + " 00", DECODE);
    }

    @Test
    void a_values_length_of_four_gigabytes_on_a_few_bytes_fails_cleanly() {
        assertInvalid("00000002 0000000000000000 fffffff0 00", DECODE);
    }

    @Test
    void rejects_a_truncated_generation_counter() {
        assertInvalid("00000002 00000000", DECODE);
    }
}

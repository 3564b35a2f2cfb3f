package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.storage.StorageSamples.STORED_ABC;
import static org.reloadj.wire.storage.StorageSamples.STORED_ABC_SIGNED;
import static org.reloadj.wire.storage.StorageSamples.STORED_FOO_0;
import static org.reloadj.wire.storage.StorageSamples.STORED_K_V;
import static org.reloadj.wire.storage.StorageSamples.UNSIGNED;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertError;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;

import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;

class StoredDataTest {
    private static final StorageSamples.Decoder<StoredData> SINGLE = r -> StoredData.decode(r, DataModel.SINGLE_VALUE);

    @Test
    void encodes_the_single_value_abc_of_section_7_4_1_1_with_its_length_computed() {
        StoredData d = new StoredData(1000, 86400, new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("abc"))),
                Signature.unsigned());
        // length 0x1b = 8 storage_time + 4 lifetime + 8 DataValue + 7 Signature
        assertEncodes(d, StoredData::encode,
                "0000001b 00000000000003e8 00015180 01 00000003 616263 00 00 03 0000 0000");
    }

    @Test
    void round_trips_a_single_value() throws WireException {
        StoredData d = assertRoundTrip(STORED_ABC, SINGLE, StoredData::encode);
        assertThat(d.lifetime()).isEqualTo(86400);
        assertThat(d.signature()).isEqualTo(Signature.unsigned());
    }

    @Test
    void round_trips_an_array_entry() throws WireException {
        StoredData d = assertRoundTrip(STORED_FOO_0, r -> StoredData.decode(r, DataModel.ARRAY), StoredData::encode);
        assertThat(d.value()).isEqualTo(new StoredDataValue.ArrayEntry(0, DataValue.of(Opaque.utf8("foo"))));
    }

    @Test
    void round_trips_a_dictionary_entry() throws WireException {
        StoredData d = assertRoundTrip(STORED_K_V, r -> StoredData.decode(r, DataModel.DICTIONARY), StoredData::encode);
        assertThat(d.value().model()).isEqualTo(DataModel.DICTIONARY);
    }

    @Test
    void carries_a_signature_with_a_signer_identity() throws WireException {
        StoredData d = assertRoundTrip(STORED_ABC_SIGNED, SINGLE, StoredData::encode);
        assertThat(d.signature().identity()).isEqualTo(new SignerIdentity.CertHash(4, Opaque.fromHex("aabb")));
        assertThat(d.signature().value()).isEqualTo(Opaque.fromHex("010203"));
    }

    @Test
    void a_storage_time_with_the_top_bit_set_round_trips() throws WireException {
        assertRoundTrip("0000001b ffffffffffffffff ffffffff 01 00000003 616263 " + UNSIGNED, SINGLE, StoredData::encode);
    }

    @Test
    void rejects_a_length_that_covers_more_than_the_fields() {
        // 0x1c: one byte more than the fields use, and that byte present
        assertInvalid("0000001c 00000000000003e8 00015180 01 00000003 616263 " + UNSIGNED + " 00", SINGLE);
    }

    @Test
    void rejects_a_length_that_covers_fewer_bytes_than_the_fields() {
        assertInvalid("0000001a 00000000000003e8 00015180 01 00000003 616263 " + UNSIGNED, SINGLE);
    }

    @Test
    void rejects_a_truncated_stored_data() {
        assertInvalid(STORED_ABC.substring(0, STORED_ABC.length() - 4), SINGLE);
    }

    @Test
    void a_length_of_four_gigabytes_on_a_few_bytes_fails_cleanly() {
        assertInvalid("ffffffff 0000", SINGLE);
    }

    @Test
    void rejects_an_exists_byte_that_is_not_a_boolean() {
        assertInvalid("0000001b 00000000000003e8 00015180 07 00000003 616263 " + UNSIGNED, SINGLE);
    }

    @Test
    void rejects_a_bad_signature_inside_the_length() {
        // identity type 0 is invalidSignerIdentityType
        assertInvalid("0000001b 00000000000003e8 00015180 01 00000003 616263 00 00 00 0000 0000", SINGLE);
    }

    @Test
    void a_model_without_structure_is_an_unsupported_kind() {
        assertError(STORED_ABC, r -> StoredData.decode(r, DataModel.EXP_DATA), ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void refuses_a_lifetime_beyond_32_bits() {
        assertThatThrownBy(() -> new StoredData(0, 1L << 32,
                new StoredDataValue.SingleValue(DataValue.absent()), Signature.unsigned()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.DICTIONARY_KIND;
import static org.reloadj.wire.storage.StorageSamples.EXP_KIND;
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
import org.reloadj.api.registry.DataModel;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.wire.io.WireException;

class StatKindResponseTest {
    /** SHA-256 of 00000003 616263: the value "abc" with its 4 length bytes (7.4.3.2). */
    private static final String SHA256_ABC = "d04b72a650ce0f8ce4963330a53ee2832733d2baeffff3c1d8e256cca096d120";
    /** SHA-1 of 00000003 666f6f ("foo"). */
    private static final String SHA1_FOO = "5d9a0d5e872dd74f8290f05d79500db3753f2281";
    /**
     * StoredMetaData of "abc" stored at 1000 ms for 86400 s: the length 0x33 = 51 of the 12 bytes
     * of times and the 39 of MetaData after it, 55 bytes in all.
     */
    private static final String META_ABC = "00000033 00000000000003e8 00015180 01 00000003 04 20" + SHA256_ABC;
    /** The times and MetaData of META_ABC, without their length. */
    private static final String META_ABC_FIELDS = META_ABC.substring("00000033 ".length());
    private static final StorageSamples.Decoder<StatKindResponse> DECODE = r -> StatKindResponse.decode(r, CTX);

    @Test
    void metadata_is_exists_value_length_hash_algorithm_and_an_8_bit_length_hash() {
        MetaData m = new MetaData(true, 3, HashAlgorithm.SHA256.code(), Opaque.fromHex(SHA256_ABC));
        assertEncodes(m, MetaData::encode, "01 00000003 04 20" + SHA256_ABC);
    }

    @Test
    void encodes_the_metadata_of_a_single_value_behind_its_length_without_signature() {
        StoredMetaData s = new StoredMetaData(1000, 86400,
                new MetaDataValue.SingleMeta(new MetaData(true, 3, 4, Opaque.fromHex(SHA256_ABC))));
        assertEncodes(s, StoredMetaData::encode, META_ABC);
    }

    @Test
    void round_trips_single_value_metadata() throws WireException {
        // values<0..2^32-1> of 0x37 = 55 bytes
        StatKindResponse s = assertRoundTrip("00000002 0000000000000001 00000037 " + META_ABC, DECODE,
                StatKindResponse::encode);
        assertThat(s.values().get(0).metadata().metaData().hashValue()).isEqualTo(Opaque.fromHex(SHA256_ABC));
    }

    @Test
    void round_trips_array_metadata() throws WireException {
        // StoredMetaData of 4 length + 12 times + 4 index + 27 MetaData = 0x2f bytes, length 0x2b
        StatKindResponse s = assertRoundTrip("00000003 0000000000000001 0000002f "
                + "0000002b 00000000000007d0 000081b0 00000000 01 00000003 02 14" + SHA1_FOO, DECODE,
                StatKindResponse::encode);
        assertThat(s.values().get(0).metadata()).isInstanceOf(MetaDataValue.ArrayMeta.class);
    }

    @Test
    void round_trips_dictionary_metadata() throws WireException {
        // StoredMetaData of 4 length + 12 times + 3 key + 7 MetaData (absent, hash none, no hash)
        // = 0x1a bytes, length 0x16
        StatKindResponse s = assertRoundTrip(kind(DICTIONARY_KIND) + " 0000000000000001 0000001a "
                + "00000016 00000000000003e8 00015180 0001 6b 00 00000000 00 00", DECODE, StatKindResponse::encode);
        assertThat(s.values().get(0).metadata().model()).isEqualTo(DataModel.DICTIONARY);
    }

    @Test
    void rejects_an_exists_byte_that_is_not_a_boolean() {
        assertInvalid("00000013 00000000000003e8 00015180 ff 00000003 00 00",
                r -> StoredMetaData.decode(r, DataModel.SINGLE_VALUE));
    }

    @Test
    void rejects_a_length_that_covers_more_than_the_fields() {
        // 0x34: one byte more than the fields use, and that byte present
        assertInvalid("00000034 " + META_ABC_FIELDS + " 00", r -> StoredMetaData.decode(r, DataModel.SINGLE_VALUE));
    }

    @Test
    void rejects_a_length_that_covers_fewer_bytes_than_the_fields() {
        assertInvalid("00000032 " + META_ABC_FIELDS, r -> StoredMetaData.decode(r, DataModel.SINGLE_VALUE));
    }

    @Test
    void rejects_the_length_of_the_stored_value_in_place_of_the_length_of_the_structure() {
        // the first uint32 is not value_length in MetaData's sense: 3, the length of "abc", is
        // invalid even where the values vector around it is consistent
        assertInvalid("00000002 0000000000000001 00000037 00000003 " + META_ABC_FIELDS, DECODE);
    }

    @Test
    void rejects_a_hash_longer_than_the_input() {
        assertInvalid("01 00000003 04 20 d04b", MetaData::decode);
    }

    @Test
    void a_kind_of_the_exp_data_model_is_error_unknown_kind() {
        assertError(kind(EXP_KIND) + " 0000000000000001 00000037 " + META_ABC, DECODE, ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void a_values_length_of_four_gigabytes_on_a_few_bytes_fails_cleanly() {
        assertInvalid("00000002 0000000000000001 ffffffff 00", DECODE);
    }

    @Test
    void refuses_metadata_that_does_not_fit_the_wire() {
        assertThatThrownBy(() -> new MetaData(true, 0, 256, Opaque.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetaData(true, 0, 4, Opaque.of(new byte[256])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatKindResponse(KindId.TURN_SERVICE, 0, List.of(new StoredMetaData(0, -1,
                new MetaDataValue.SingleMeta(new MetaData(false, 0, 0, Opaque.EMPTY))))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

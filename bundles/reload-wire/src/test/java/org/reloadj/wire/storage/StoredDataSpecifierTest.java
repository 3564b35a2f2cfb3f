package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.DICTIONARY_KIND;
import static org.reloadj.wire.storage.StorageSamples.EXP_KIND;
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

class StoredDataSpecifierTest {
    private static final StorageSamples.Decoder<StoredDataSpecifier> DECODE = r -> StoredDataSpecifier.decode(r, CTX);

    @Test
    void a_single_value_specifier_has_length_zero() {
        StoredDataSpecifier s = new StoredDataSpecifier(KindId.TURN_SERVICE, 5, new ModelSpecifier.SingleValue());
        // kind 2, generation 5, length 0, empty model_specifier
        assertEncodes(s, StoredDataSpecifier::encode, "00000002 0000000000000005 0000");
    }

    @Test
    void an_array_specifier_counts_the_ranges_vector_and_its_own_length() throws WireException {
        StoredDataSpecifier s = new StoredDataSpecifier(KindId.CERTIFICATE_BY_NODE, 0,
                new ModelSpecifier.ArrayRanges(List.of(new ArrayRange(0, 2), new ArrayRange(5, ArrayRange.LAST))));
        // length 0x12 = 2 (indices length) + 2 * 8; ranges [0..2] and [5..0xffffffff, the final element]
        String hex = "00000003 0000000000000000 0012 0010 00000000 00000002 00000005 ffffffff";
        assertEncodes(s, StoredDataSpecifier::encode, hex);
        assertThat(assertRoundTrip(hex, DECODE, StoredDataSpecifier::encode)).isEqualTo(s);
    }

    @Test
    void a_dictionary_specifier_lists_keys_each_behind_a_16_bit_length() throws WireException {
        // keys<0..2^16-1> of 7 bytes: "k" (0001 6b) and "ab" (0002 6162); length 9 = 2 + 7
        String hex = kind(DICTIONARY_KIND) + " 0000000000000003 0009 0007 0001 6b 0002 6162";
        StoredDataSpecifier s = assertRoundTrip(hex, DECODE, StoredDataSpecifier::encode);
        assertThat(s.specifier()).isEqualTo(new ModelSpecifier.DictionaryKeys(List.of(Opaque.utf8("k"), Opaque.utf8("ab"))));
    }

    @Test
    void a_dictionary_specifier_without_keys_is_a_wildcard() throws WireException {
        StoredDataSpecifier s = assertRoundTrip(kind(DICTIONARY_KIND) + " 0000000000000000 0002 0000",
                DECODE, StoredDataSpecifier::encode);
        assertThat(((ModelSpecifier.DictionaryKeys) s.specifier()).keys()).isEmpty();
    }

    @Test
    void rejects_bytes_in_a_single_value_specifier() {
        assertInvalid("00000002 0000000000000005 0001 00", DECODE);
    }

    @Test
    void rejects_a_length_longer_than_the_array_specifier() {
        assertInvalid("00000003 0000000000000000 0014 0010 00000000 00000002 00000005 ffffffff 0000", DECODE);
    }

    @Test
    void rejects_a_length_shorter_than_the_array_specifier() {
        assertInvalid("00000003 0000000000000000 0010 0010 00000000 00000002 00000005 ffffffff", DECODE);
    }

    @Test
    void rejects_an_indices_vector_that_is_not_a_whole_number_of_ranges() {
        assertInvalid("00000003 0000000000000000 0006 0004 00000000", DECODE);
    }

    @Test
    void a_specifier_length_beyond_the_input_fails_cleanly() {
        assertInvalid("00000002 0000000000000005 ffff 00", DECODE);
    }

    @Test
    void an_unknown_kind_is_error_unknown_kind() {
        assertError(kind(UNKNOWN_KIND) + " 0000000000000000 0000", DECODE, ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void a_kind_of_the_exp_data_model_is_error_unknown_kind() {
        assertError(kind(EXP_KIND) + " 0000000000000000 0000", DECODE, ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void refuses_a_dictionary_key_too_long_for_its_length() {
        assertThatThrownBy(() -> new ModelSpecifier.DictionaryKeys(List.of(Opaque.of(new byte[0x10000]))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;

import org.junit.jupiter.api.Test;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;

class DataValueTest {

    @Test
    void an_existing_value_is_a_true_byte_then_a_32_bit_length_then_the_bytes() {
        // 7.2.1: Boolean exists = 01; opaque value<0..2^32-1> = 00000003 "abc"
        assertEncodes(DataValue.of(Opaque.utf8("abc")), DataValue::encode, "01 00000003 616263");
    }

    @Test
    void the_removal_value_of_section_7_4_1_3_is_false_and_empty() throws WireException {
        DataValue v = assertRoundTrip("00 00000000", DataValue::decode, DataValue::encode);
        assertThat(v).isEqualTo(DataValue.absent());
    }

    @Test
    void an_empty_value_that_exists_differs_from_a_missing_one() throws WireException {
        assertThat(assertRoundTrip("01 00000000", DataValue::decode, DataValue::encode).exists()).isTrue();
    }

    @Test
    void rejects_an_exists_byte_that_is_not_a_boolean() {
        assertInvalid("02 00000000", DataValue::decode);
    }

    @Test
    void rejects_a_value_shorter_than_its_length() {
        assertInvalid("01 00000004 616263", DataValue::decode);
    }

    @Test
    void a_length_of_four_gigabytes_on_a_few_bytes_fails_cleanly() {
        assertInvalid("01 ffffffff 00", DataValue::decode);
    }
}

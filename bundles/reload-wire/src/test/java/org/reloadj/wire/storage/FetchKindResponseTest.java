package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.DICTIONARY_KIND;
import static org.reloadj.wire.storage.StorageSamples.STORED_ABC;
import static org.reloadj.wire.storage.StorageSamples.STORED_ABC_SIGNED;
import static org.reloadj.wire.storage.StorageSamples.STORED_BAR_1;
import static org.reloadj.wire.storage.StorageSamples.STORED_FOO_0;
import static org.reloadj.wire.storage.StorageSamples.STORED_K_V;
import static org.reloadj.wire.storage.StorageSamples.UNKNOWN_KIND;
import static org.reloadj.wire.storage.StorageSamples.UNSIGNED;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertError;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;
import static org.reloadj.wire.storage.StorageSamples.kind;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Signature;

class FetchKindResponseTest {
    private static final StorageSamples.Decoder<FetchKindResponse> DECODE = r -> FetchKindResponse.decode(r, CTX);

    @Test
    void a_nonexistent_value_is_synthesised_with_the_empty_signature_of_section_7_4_2_2() {
        FetchKindResponse f = new FetchKindResponse(KindId.CERTIFICATE_BY_NODE, 4, List.of(new StoredData(0, 0,
                new StoredDataValue.ArrayEntry(1, DataValue.absent()), Signature.unsigned())));
        // StoredData: length 0x1c = 8 + 4 + (4 index + 1 + 4) + 7; exists False, zero length;
        // signature {0, 0}, identity none (3) of length 0, value of length 0
        assertEncodes(f, FetchKindResponse::encode, "00000003 0000000000000004 00000020 "
                + "0000001c 0000000000000000 00000000 00000001 00 00000000 " + UNSIGNED);
    }

    @Test
    void round_trips_single_values() throws WireException {
        FetchKindResponse f = assertRoundTrip("00000002 0000000000000002 00000045 " + STORED_ABC + STORED_ABC_SIGNED,
                DECODE, FetchKindResponse::encode);
        assertThat(f.values()).hasSize(2);
    }

    @Test
    void round_trips_array_entries() throws WireException {
        assertRoundTrip("00000010 0000000000000002 00000046 " + STORED_FOO_0 + STORED_BAR_1, DECODE,
                FetchKindResponse::encode);
    }

    @Test
    void round_trips_dictionary_entries() throws WireException {
        assertRoundTrip(kind(DICTIONARY_KIND) + " 0000000000000002 00000020 " + STORED_K_V, DECODE,
                FetchKindResponse::encode);
    }

    @Test
    void no_values_when_the_generation_matched() throws WireException {
        assertThat(assertRoundTrip("00000002 0000000000000002 00000000", DECODE, FetchKindResponse::encode).values())
                .isEmpty();
    }

    @Test
    void an_unknown_kind_is_error_unknown_kind() {
        assertError(kind(UNKNOWN_KIND) + " 0000000000000002 00000000", DECODE, ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void rejects_a_stored_data_running_past_the_values_vector() {
        assertInvalid("00000002 0000000000000002 0000001e " + STORED_ABC, DECODE);
    }
}

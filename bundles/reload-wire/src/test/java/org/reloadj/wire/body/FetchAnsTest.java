package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.DICTIONARY_KIND;
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
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.storage.FetchKindResponse;
import org.reloadj.wire.storage.StorageSamples;

class FetchAnsTest {
    private static final StorageSamples.Decoder<FetchAns> DECODE = r -> FetchAns.decode(r, CTX);

    @Test
    void encodes_kind_responses_behind_a_32_bit_length() {
        FetchAns ans = new FetchAns(List.of(new FetchKindResponse(KindId.TURN_SERVICE, 3, List.of())));
        // one FetchKindResponse of 0x10 bytes: kind 2, generation 3, no values (the generation matched)
        assertEncodes(ans, FetchAns::encode, "00000010 00000002 0000000000000003 00000000");
        assertThat(ans.messageCode()).isEqualTo(MessageCode.FETCH_ANS.code());
    }

    @Test
    void round_trips_values_of_each_data_model() throws WireException {
        // 0x2f (single "abc") + 0x56 (array foo, bar) + 0x30 (dictionary k -> v) = 0xb5
        FetchAns ans = assertRoundTrip("000000b5 "
                + "00000002 0000000000000001 0000001f " + STORED_ABC
                + "00000003 0000000000000002 00000046 " + STORED_FOO_0 + STORED_BAR_1
                + kind(DICTIONARY_KIND) + " 0000000000000003 00000020 " + STORED_K_V, DECODE, FetchAns::encode);
        assertThat(ans.kindResponses()).extracting(r -> r.values().size()).containsExactly(1, 2, 1);
    }

    @Test
    void an_unknown_kind_is_error_unknown_kind() {
        assertError("00000010 " + kind(UNKNOWN_KIND) + " 0000000000000003 00000000", DECODE,
                ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void rejects_bytes_after_the_kind_responses() {
        assertInvalid("00000000 00", DECODE);
    }

    @Test
    void a_kind_responses_length_of_four_gigabytes_on_a_few_bytes_fails_cleanly() {
        assertInvalid("ffffffff 00000002 00", DECODE);
    }
}

package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.storage.FindKindData;
import org.reloadj.wire.storage.StorageSamples;

class FindAnsTest {
    private static final StorageSamples.Decoder<FindAns> DECODE = r -> FindAns.decode(r, CTX);

    @Test
    void encodes_results_behind_a_16_bit_length() {
        FindAns ans = new FindAns(List.of(new FindKindData(KindId.TURN_SERVICE, ResourceId.fromHex("464f4f")),
                new FindKindData(KindId.CERTIFICATE_BY_NODE, ResourceId.fromHex("00"))));
        // results of 14 bytes: kind 2 closest "FOO" (4 + 4 bytes), kind 3 closest the one-byte 0 (4 + 2 bytes)
        assertEncodes(ans, FindAns::encode, "000e 00000002 03 464f4f 00000003 01 00");
        assertThat(ans.messageCode()).isEqualTo(MessageCode.FIND_ANS.code());
    }

    @Test
    void round_trips_no_results() throws WireException {
        assertThat(assertRoundTrip("0000", DECODE, FindAns::encode).results()).isEmpty();
    }

    @Test
    void rejects_a_result_cut_by_the_results_length() {
        assertInvalid("0007 00000002 03 464f4f", DECODE);
    }

    @Test
    void rejects_bytes_after_the_results() {
        assertInvalid("0008 00000002 03 464f4f 00", DECODE);
    }
}

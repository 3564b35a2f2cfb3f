package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.storage.StorageSamples;
import org.reloadj.wire.storage.StoreKindResponse;

class StoreAnsTest {
    private static final String NODE = "000102030405060708090a0b0c0d0e0f";
    private static final StorageSamples.Decoder<StoreAns> DECODE = r -> StoreAns.decode(r, CTX);

    @Test
    void encodes_kind_responses_behind_a_16_bit_length() {
        StoreAns ans = new StoreAns(List.of(new StoreKindResponse(KindId.CERTIFICATE_BY_NODE, 1,
                List.of(NodeId.fromHex(NODE)))));
        // kind_responses of 0x1e bytes: kind 3, generation 1, replicas of 0x10 bytes (one Node-ID)
        assertEncodes(ans, StoreAns::encode, "001e 00000003 0000000000000001 0010 " + NODE);
        assertThat(ans.messageCode()).isEqualTo(MessageCode.STORE_ANS.code());
    }

    @Test
    void round_trips_two_kinds() throws WireException {
        StoreAns ans = assertRoundTrip("002c 00000002 0000000000000005 0000 00000003 0000000000000001 0010 " + NODE,
                DECODE, StoreAns::encode);
        assertThat(ans.kindResponses()).hasSize(2);
    }

    @Test
    void rejects_replicas_that_are_not_a_whole_number_of_node_ids() {
        assertInvalid("001f 00000003 0000000000000001 0011 " + NODE + "00", DECODE);
    }

    @Test
    void rejects_bytes_after_the_kind_responses() {
        assertInvalid("000e 00000002 0000000000000005 0000 00", DECODE);
    }

    @Test
    void a_kind_responses_length_beyond_the_input_fails_cleanly() {
        assertInvalid("ffff 00000002", DECODE);
    }
}

package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.UNKNOWN_KIND;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;
import static org.reloadj.wire.storage.StorageSamples.kind;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.wire.io.KindModels;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;

class StoreKindResponseTest {
    private static final String NODE_A = "000102030405060708090a0b0c0d0e0f";
    private static final String NODE_B = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
    private static final StorageSamples.Decoder<StoreKindResponse> DECODE = r -> StoreKindResponse.decode(r, CTX);

    @Test
    void replicas_are_node_ids_packed_behind_a_16_bit_byte_length() {
        StoreKindResponse s = new StoreKindResponse(KindId.CERTIFICATE_BY_NODE, 9,
                List.of(NodeId.fromHex(NODE_A), NodeId.fromHex(NODE_B)));
        // kind 3, generation 9, replicas<0..2^16-1> of 0x20 bytes: two 16-byte Node-IDs, no lengths of their own
        assertEncodes(s, StoreKindResponse::encode, "00000003 0000000000000009 0020 " + NODE_A + NODE_B);
    }

    @Test
    void round_trips_no_replicas() throws WireException {
        assertThat(assertRoundTrip("00000002 0000000000000001 0000", DECODE, StoreKindResponse::encode).replicas()).isEmpty();
    }

    @Test
    void reads_node_ids_of_the_overlay_length() throws WireException {
        WireContext twenty = new WireContext(20, 5000, KindModels.standard());
        String id = NODE_A + "10111213";
        StoreKindResponse s = assertRoundTrip("00000002 0000000000000001 0014 " + id,
                r -> StoreKindResponse.decode(r, twenty), StoreKindResponse::encode);
        assertThat(s.replicas()).containsExactly(NodeId.fromHex(id));
    }

    @Test
    void the_kind_need_not_be_known() throws WireException {
        assertRoundTrip(kind(UNKNOWN_KIND) + " 0000000000000001 0010 " + NODE_A, DECODE, StoreKindResponse::encode);
    }

    @Test
    void rejects_a_replica_vector_that_is_not_a_whole_number_of_node_ids() {
        assertInvalid("00000002 0000000000000001 0011 " + NODE_A + "00", DECODE);
        assertInvalid("00000002 0000000000000001 0008 0001020304050607", DECODE);
    }

    @Test
    void a_replica_length_beyond_the_input_fails_cleanly() {
        assertInvalid("00000002 0000000000000001 fff0 " + NODE_A, DECODE);
    }

    @Test
    void refuses_replicas_of_mixed_lengths() {
        assertThatThrownBy(() -> new StoreKindResponse(KindId.TURN_SERVICE, 0,
                List.of(NodeId.fromHex(NODE_A), NodeId.fromHex(NODE_B + "00000000"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.reloadj.wire.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.registry.ChordLeaveType;
import org.reloadj.wire.Wire;
import org.reloadj.wire.body.OverlayWire;
import org.reloadj.wire.io.WireException;

class ChordLeaveDataTest {
    static final String A = "00000000000000000000000000000001";
    static final String B = "80000000000000000000000000000000";

    @Test
    void leave_data_from_a_successor_is_the_type_and_the_successor_list() throws WireException {
        String golden = ""
                + "01"              // type: from_succ(1)
                + "0020" + A + B;   // successors<0..2^16-1>: two Node-IDs
        ChordLeaveData data = ChordLeaveData.fromSuccessor(List.of(NodeId.fromHex(A), NodeId.fromHex(B)));
        assertThat(Wire.encodeHex(data::encode)).isEqualTo(OverlayWire.normalized(golden));
        ChordLeaveData decoded = roundTrip(golden, ChordLeaveData::decode, ChordLeaveData::encode);
        assertThat(decoded).isEqualTo(data);
    }

    @Test
    void leave_data_from_a_predecessor_round_trips() throws WireException {
        ChordLeaveData data = roundTrip("02 0010" + B, ChordLeaveData::decode, ChordLeaveData::encode);
        assertThat(data.type()).isEqualTo(ChordLeaveType.FROM_PRED);
        assertThat(data.neighbors()).containsExactly(NodeId.fromHex(B));
        assertThat(ChordLeaveData.decode(data.toOpaque(), OverlayWire.CTX)).isEqualTo(data);
    }

    @Test
    void an_empty_list_round_trips() throws WireException {
        assertThat(roundTrip("02 0000", ChordLeaveData::decode, ChordLeaveData::encode).neighbors()).isEmpty();
    }

    @Test
    void the_invalid_type_0_and_unknown_types_are_rejected() {
        assertInvalid("00 0000", ChordLeaveData::decode);
        assertInvalid("03 0000", ChordLeaveData::decode);
    }

    @Test
    void a_list_that_is_not_a_whole_number_of_node_ids_is_rejected() {
        assertInvalid("01 000f" + A.substring(2), ChordLeaveData::decode);
    }

    @Test
    void a_list_running_past_the_data_is_rejected() {
        assertInvalid("01 0020" + A, ChordLeaveData::decode);
    }

    @Test
    void bytes_after_the_list_are_rejected() {
        assertInvalid("01 0000 00", (r, ctx) -> ChordLeaveData.decode(r.readRest(), ctx));
    }
}

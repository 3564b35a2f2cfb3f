package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.hex;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.Wire;
import org.reloadj.wire.chord.ChordLeaveData;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;

class JoinLeaveTest {
    static final String ID = "00112233445566778899aabbccddeeff";
    static final String ID_20 = "00112233445566778899aabbccddeeff01020304";

    @Test
    void a_minimal_join_request_is_the_node_id_without_a_length_and_an_empty_vector() throws WireException {
        String golden = ID      // joining_peer_id: 16 bytes, no length prefix
                + "0000";       // overlay_specific_data<0..2^16-1>: empty
        JoinReq req = new JoinReq(NodeId.fromHex(ID), Opaque.EMPTY);
        assertThat(hex(req)).isEqualTo(golden);
        assertThat(roundTrip(golden, JoinReq::decode)).isEqualTo(req);
        assertThat(req.messageCode()).isEqualTo(MessageCode.JOIN_REQ.code());
    }

    @Test
    void a_join_request_reads_the_node_id_length_of_the_overlay() throws WireException {
        WireContext ctx20 = new WireContext(20, 5000, OverlayWire.CTX.kindModels());
        JoinReq req = OverlayWire.decode(ID_20 + "0001 aa", JoinReq::decode, ctx20);
        assertThat(req.joiningPeerId()).isEqualTo(NodeId.fromHex(ID_20));
        assertThat(req.overlaySpecificData()).isEqualTo(Wire.opaque("aa"));
    }

    @Test
    void a_join_request_with_a_short_node_id_is_rejected() {
        assertInvalid("0011223344556677", JoinReq::decode);
    }

    @Test
    void a_join_request_whose_data_runs_past_the_body_is_rejected() {
        assertInvalid(ID + "0002 aa", JoinReq::decode);
    }

    @Test
    void a_join_answer_round_trips() throws WireException {
        JoinAns ans = roundTrip("0002 abcd", JoinAns::decode);
        assertThat(ans.overlaySpecificData()).isEqualTo(Wire.opaque("abcd"));
        assertThat(ans.messageCode()).isEqualTo(MessageCode.JOIN_ANS.code());
        assertThat(roundTrip("0000", JoinAns::decode).overlaySpecificData().isEmpty()).isTrue();
    }

    @Test
    void a_join_answer_without_its_length_is_rejected() {
        assertInvalid("", JoinAns::decode);
    }

    @Test
    void a_leave_request_carries_chord_leave_data_as_overlay_specific_data() throws WireException {
        String golden = ID          // leaving_peer_id
                + "0013"            // overlay_specific_data: 19 bytes
                + "01"              // ChordLeaveData type: from_succ(1)
                + "0010" + ID;      // successors<0..2^16-1>: one Node-ID
        LeaveReq req = roundTrip(golden, LeaveReq::decode);
        assertThat(req.leavingPeerId()).isEqualTo(NodeId.fromHex(ID));
        assertThat(ChordLeaveData.decode(req.overlaySpecificData(), OverlayWire.CTX))
                .isEqualTo(ChordLeaveData.fromSuccessor(List.of(NodeId.fromHex(ID))));
        assertThat(req.messageCode()).isEqualTo(MessageCode.LEAVE_REQ.code());
    }

    @Test
    void a_truncated_leave_request_is_rejected() {
        assertInvalid(ID, LeaveReq::decode);
    }

    @Test
    void a_leave_answer_is_empty() throws WireException {
        LeaveAns ans = roundTrip("", LeaveAns::decode);
        assertThat(ans.messageCode()).isEqualTo(MessageCode.LEAVE_ANS.code());
    }

    @Test
    void a_leave_answer_with_any_byte_is_rejected() {
        assertInvalid("00", LeaveAns::decode);
    }
}

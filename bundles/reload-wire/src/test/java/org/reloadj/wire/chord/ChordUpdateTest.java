package org.reloadj.wire.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.registry.ChordUpdateType;
import org.reloadj.wire.Wire;
import org.reloadj.wire.body.OverlayWire;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;

class ChordUpdateTest {
    static final String A = "00000000000000000000000000000001";
    static final String B = "80000000000000000000000000000000";
    static final String C = "ffffffffffffffffffffffffffffffff";
    static final NodeId ID_A = NodeId.fromHex(A);
    static final NodeId ID_B = NodeId.fromHex(B);
    static final NodeId ID_C = NodeId.fromHex(C);

    @Test
    void a_peer_ready_update_is_the_uptime_and_the_type() throws WireException {
        String golden = ""
                + "0000003c"    // uptime: 60 seconds
                + "01";         // type: peer_ready(1), nothing follows
        assertThat(Wire.encodeHex(ChordUpdate.peerReady(60)::encode)).isEqualTo(golden);
        ChordUpdate decoded = roundTrip(golden, ChordUpdate::decode, ChordUpdate::encode);
        assertThat(decoded).isEqualTo(ChordUpdate.peerReady(60));
    }

    @Test
    void a_neighbors_update_has_predecessors_then_successors() throws WireException {
        String golden = ""
                + "00000e10"    // uptime: 3600 seconds
                + "02"          // type: neighbors(2)
                + "0010" + A    // predecessors<0..2^16-1>: one 16-byte Node-ID
                + "0020" + B + C; // successors: two Node-IDs
        ChordUpdate u = ChordUpdate.neighbors(3600, List.of(ID_A), List.of(ID_B, ID_C));
        assertThat(Wire.encodeHex(u::encode)).isEqualTo(OverlayWire.normalized(golden));
        ChordUpdate decoded = roundTrip(golden, ChordUpdate::decode, ChordUpdate::encode);
        assertThat(decoded).isEqualTo(u);
    }

    @Test
    void a_full_update_adds_the_fingers() throws WireException {
        String hex = "ffffffff 03 0000 0010" + A + "0020" + B + C;
        ChordUpdate u = roundTrip(hex, ChordUpdate::decode, ChordUpdate::encode);
        assertThat(u).isEqualTo(ChordUpdate.full(0xFFFF_FFFFL, List.of(), List.of(ID_A), List.of(ID_B, ID_C)));
        assertThat(u.type()).isEqualTo(ChordUpdateType.FULL);
    }

    @Test
    void an_update_reads_from_an_update_request_body_and_back() throws WireException {
        ChordUpdate u = ChordUpdate.neighbors(5, List.of(ID_A), List.of());
        assertThat(ChordUpdate.decode(u.toOpaque(), OverlayWire.CTX)).isEqualTo(u);
    }

    @Test
    void an_update_reads_20_byte_node_ids_in_an_overlay_that_uses_them() throws WireException {
        WireContext ctx20 = new WireContext(20, 5000, OverlayWire.CTX.kindModels());
        ChordUpdate u = OverlayWire.decode("00000001 02 0014" + A + "01020304 0000", ChordUpdate::decode, ctx20);
        assertThat(u.predecessors()).containsExactly(NodeId.fromHex(A + "01020304"));
    }

    @Test
    void the_invalid_type_0_and_unknown_types_are_rejected() {
        assertInvalid("0000003c 00", ChordUpdate::decode);
        assertInvalid("0000003c 04 0000 0000", ChordUpdate::decode);
    }

    @Test
    void a_node_id_vector_that_is_not_a_whole_number_of_node_ids_is_rejected() {
        assertInvalid("0000003c 02 0011" + A + "00 0000", ChordUpdate::decode);
        assertInvalid("0000003c 02 0008 0000000000000000 0000", ChordUpdate::decode);
    }

    @Test
    void a_node_id_vector_running_past_the_body_is_rejected() {
        assertInvalid("0000003c 02 0000 0020" + A, ChordUpdate::decode);
    }

    @Test
    void a_neighbors_update_without_successors_is_rejected() {
        assertInvalid("0000003c 02 0010" + A, ChordUpdate::decode);
    }

    @Test
    void a_full_update_without_fingers_is_rejected() {
        assertInvalid("0000003c 03 0000 0000", ChordUpdate::decode);
    }

    @Test
    void a_truncated_uptime_is_rejected() {
        assertInvalid("000000", ChordUpdate::decode);
    }

    @Test
    void bytes_after_an_update_in_its_body_are_rejected() {
        assertThatThrownBy(() -> ChordUpdate.decode(Wire.opaque("0000003c 01 00"), OverlayWire.CTX))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE));
    }

    @Test
    void only_the_tables_the_type_carries_may_hold_entries() {
        assertThatThrownBy(() -> new ChordUpdate(1, ChordUpdateType.PEER_READY, List.of(ID_A), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChordUpdate(1, ChordUpdateType.NEIGHBORS, List.of(), List.of(), List.of(ID_A)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChordUpdate.peerReady(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChordUpdate.neighbors(1, List.of(ID_A, NodeId.fromHex(A + "00000000")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

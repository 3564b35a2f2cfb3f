package org.reloadj.wire.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.wire.Wire;
import org.reloadj.wire.body.OverlayWire;
import org.reloadj.wire.io.WireException;

class ChordRouteQueryAnsTest {
    static final String ID = "0123456789abcdef0123456789abcdef";

    @Test
    void the_answer_is_the_next_peer_without_a_length() throws WireException {
        ChordRouteQueryAns ans = new ChordRouteQueryAns(NodeId.fromHex(ID));
        assertThat(Wire.encodeHex(ans::encode)).isEqualTo(ID);
        ChordRouteQueryAns decoded = roundTrip(ID, ChordRouteQueryAns::decode, ChordRouteQueryAns::encode);
        assertThat(decoded).isEqualTo(ans);
        assertThat(ChordRouteQueryAns.decode(ans.toOpaque(), OverlayWire.CTX)).isEqualTo(ans);
    }

    @Test
    void a_short_node_id_is_rejected() {
        assertInvalid(ID.substring(2), ChordRouteQueryAns::decode);
    }

    @Test
    void bytes_after_the_node_id_are_rejected() {
        assertThatThrownBy(() -> ChordRouteQueryAns.decode(Wire.opaque(ID + "00"), OverlayWire.CTX))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE));
    }
}

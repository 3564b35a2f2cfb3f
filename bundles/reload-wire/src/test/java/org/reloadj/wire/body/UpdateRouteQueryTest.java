package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.body.OverlayWire.assertInvalid;
import static org.reloadj.wire.body.OverlayWire.hex;
import static org.reloadj.wire.body.OverlayWire.roundTrip;

import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Destination;

class UpdateRouteQueryTest {
    static final String ID = "00112233445566778899aabbccddeeff";

    @Test
    void update_bodies_are_kept_whole_as_overlay_specific_bytes() throws WireException {
        UpdateReq req = roundTrip("0000003c 01", UpdateReq::decode);
        assertThat(req.data()).isEqualTo(Wire.opaque("0000003c01"));
        assertThat(req.messageCode()).isEqualTo(MessageCode.UPDATE_REQ.code());
        UpdateAns ans = roundTrip("", UpdateAns::decode);
        assertThat(ans.data().isEmpty()).isTrue();
        assertThat(ans.messageCode()).isEqualTo(MessageCode.UPDATE_ANS.code());
    }

    @Test
    void a_route_query_answer_is_kept_whole_as_overlay_specific_bytes() throws WireException {
        RouteQueryAns ans = roundTrip(ID, RouteQueryAns::decode);
        assertThat(ans.data()).isEqualTo(Wire.opaque(ID));
        assertThat(ans.messageCode()).isEqualTo(MessageCode.ROUTE_QUERY_ANS.code());
    }

    @Test
    void a_route_query_request_has_send_update_destination_and_overlay_data() throws WireException {
        String golden = ""
                + "01"          // send_update: True
                + "01 10" + ID  // destination: node(1), length 16, the Node-ID
                + "0000";       // overlay_specific_data: empty (CHORD-RELOAD, 10.8)
        RouteQueryReq req = new RouteQueryReq(true, Destination.node(NodeId.fromHex(ID)), Opaque.EMPTY);
        assertThat(hex(req)).isEqualTo(OverlayWire.normalized(golden));
        assertThat(roundTrip(golden, RouteQueryReq::decode)).isEqualTo(req);
        assertThat(req.messageCode()).isEqualTo(MessageCode.ROUTE_QUERY_REQ.code());
    }

    @Test
    void a_route_query_for_a_resource_or_a_compressed_destination_round_trips() throws WireException {
        RouteQueryReq resource = roundTrip("00 02 05 04 0a0b0c0d 0001 ee", RouteQueryReq::decode);
        assertThat(resource.destination()).isInstanceOf(Destination.Resource.class);
        RouteQueryReq compressed = roundTrip("00 8001 0000", RouteQueryReq::decode);
        assertThat(compressed.destination()).isEqualTo(new Destination.Compressed(0x8001));
    }

    @Test
    void a_send_update_other_than_0_or_1_is_rejected() {
        assertInvalid("02 01 10" + ID + "0000", RouteQueryReq::decode);
    }

    @Test
    void a_destination_of_the_invalid_type_0_is_rejected() {
        assertInvalid("00 00 10" + ID + "0000", RouteQueryReq::decode);
    }

    @Test
    void a_route_query_without_its_overlay_data_is_rejected() {
        assertInvalid("00 01 10" + ID, RouteQueryReq::decode);
    }
}

package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.overlay.PingResult;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.body.OpaqueBody;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.message.Destination;

class RoutingTest {
    static final int EXP_A_REQ = MessageCode.EXP_A_REQ.code();

    /** Registers on node {@code i} a handler of exp_a_req that records the requests and answers "ok". */
    static List<IncomingRequest> echo(TestOverlay overlay, int i) {
        List<IncomingRequest> seen = new ArrayList<>();
        overlay.node(i).register(MessageCode.EXP_A_REQ, r -> {
            seen.add(r);
            return CompletableFuture.completedFuture(new OpaqueBody(EXP_A_REQ + 1, Opaque.utf8("ok")));
        });
        return seen;
    }

    /** Records each frame's hop as "from>to", by node index. */
    static List<String> hops(TestOverlay overlay) {
        List<String> hops = new ArrayList<>();
        overlay.network.setInterceptor(frame -> {
            hops.add(overlay.ids.indexOf(frame.from()) + ">" + overlay.ids.indexOf(frame.to()));
            return Optional.of(frame.bytes());
        });
        return hops;
    }

    static OutgoingRequest expA(org.reloadj.api.Identifier<?> target) {
        return OutgoingRequest.to(target, new OpaqueBody(EXP_A_REQ, Opaque.utf8("hello")));
    }

    @Test
    void a_request_travels_hop_by_hop_and_its_answer_returns_over_the_reversed_via_list() {
        TestOverlay overlay = new TestOverlay(8).linkRing();
        List<IncomingRequest> seen = echo(overlay, 4);
        List<String> hops = hops(overlay);

        Answer answer = overlay.await(overlay.node(0).send(expA(TestOverlay.resourceOf(4))));

        assertThat(answer.body().toUtf8()).isEqualTo("ok");
        assertThat(answer.responder().nodeId()).isEqualTo(overlay.ids.get(4));
        assertThat(hops).containsExactly("0>1", "1>2", "2>3", "3>4", "4>3", "3>2", "2>1", "1>0");
        IncomingRequest request = seen.get(0);
        assertThat(request.message().header().viaList()).containsExactly(Destination.node(overlay.ids.get(0)),
                Destination.node(overlay.ids.get(1)), Destination.node(overlay.ids.get(2)));
        assertThat(request.previousHop()).contains(overlay.ids.get(3));
        assertThat(request.message().header().ttl()).isEqualTo(97);
        assertThat(request.sender().nodeId()).isEqualTo(overlay.ids.get(0));
    }

    @Test
    void a_ping_to_a_node_id_is_answered_by_that_node() {
        TestOverlay overlay = new TestOverlay(6).linkRing();
        java.time.Instant sent = overlay.scheduler.clock().instant();

        PingResult result = overlay.await(overlay.node(1).ping(overlay.ids.get(4)));

        assertThat(result.responder()).isEqualTo(overlay.ids.get(4));
        assertThat(result.roundTrip()).isEqualTo(java.time.Duration.ofMillis(60));
        assertThat(result.time()).isEqualTo(sent.plusMillis(30));
    }

    @Test
    void the_wildcard_node_id_is_consumed_by_the_first_node_that_receives_it() {
        TestOverlay overlay = new TestOverlay(4).linkRing();
        RawPeer peer = new RawPeer(overlay, RawPeer.rawId(1), 2);
        NodeId wildcard = overlay.node(2).settings().wildcardNodeId();

        peer.send(peer.header(Destination.node(wildcard)), PingReq.empty());

        assertThat(peer.received()).hasSize(1);
        assertThat(peer.received().get(0).contents().messageCode()).isEqualTo(MessageCode.PING_ANS.code());
        assertThat(overlay.await(overlay.node(0).ping(wildcard)).responder()).isEqualTo(overlay.ids.get(0));
    }

    @Test
    void a_node_answers_requests_it_sends_to_itself_without_a_link() {
        TestOverlay overlay = new TestOverlay(3).linkRing();
        List<IncomingRequest> seen = echo(overlay, 0);
        long carried = overlay.network.framesCarried();

        PingResult byNodeId = overlay.await(overlay.node(0).ping(overlay.ids.get(0)));
        Answer byResource = overlay.await(overlay.node(0).send(expA(TestOverlay.resourceOf(0))));

        assertThat(byNodeId.responder()).isEqualTo(overlay.ids.get(0));
        assertThat(byResource.responder().nodeId()).isEqualTo(overlay.ids.get(0));
        assertThat(seen.get(0).previousHop()).isEmpty();
        assertThat(overlay.network.framesCarried()).isEqualTo(carried);
    }

    @Test
    void a_node_id_in_a_peers_range_that_is_not_connected_to_it_is_dropped_silently() {
        TestOverlay overlay = new TestOverlay(8).linkRing();
        byte[] absent = overlay.ids.get(4).bytes().toByteArray();
        absent[0] = 0x48;

        ErrorCode code = overlay.failure(overlay.node(0).ping(NodeId.of(absent)));

        assertThat(code).isEqualTo(ErrorCode.ERROR_REQUEST_TIMEOUT);
        assertThat(overlay.node(4).drops().count(DropReason.NO_SUCH_NODE)).isEqualTo(5);
    }

    @Test
    void compressed_via_lists_name_connections_and_lead_the_answer_back() {
        TestOverlay overlay = new TestOverlay(8, (i, b) -> b.compressViaList(true)).linkRing();
        List<IncomingRequest> seen = echo(overlay, 5);

        Answer answer = overlay.await(overlay.node(1).send(expA(TestOverlay.resourceOf(5))));

        assertThat(answer.body().toUtf8()).isEqualTo("ok");
        assertThat(seen.get(0).message().header().viaList()).hasSize(3)
                .allSatisfy(d -> assertThat(d).isInstanceOf(Destination.Compressed.class));
    }

    @Test
    void a_compressed_id_naming_no_connection_is_dropped_silently() {
        TestOverlay overlay = new TestOverlay(3).linkRing();
        RawPeer peer = new RawPeer(overlay, RawPeer.rawId(1), 1);

        peer.send(peer.header(Destination.node(overlay.ids.get(1)), new Destination.Compressed(0xFFFF)),
                PingReq.empty());

        assertThat(peer.received()).isEmpty();
        assertThat(overlay.node(1).drops().count(DropReason.STALE_COMPRESSED_ID)).isEqualTo(1);
    }

    @Test
    void an_opaque_id_this_node_did_not_make_is_dropped_silently() {
        TestOverlay overlay = new TestOverlay(3).linkRing();
        RawPeer peer = new RawPeer(overlay, RawPeer.rawId(1), 1);

        peer.send(peer.header(new Destination.OpaqueId(Opaque.fromHex("010203"))), PingReq.empty());

        assertThat(peer.received()).isEmpty();
        assertThat(overlay.node(1).drops().count(DropReason.UNREADABLE_DESTINATION)).isEqualTo(1);
    }

    @Test
    void a_source_route_is_followed_entry_by_entry() {
        TestOverlay overlay = new TestOverlay(5).linkRing();
        List<IncomingRequest> seen = echo(overlay, 3);
        List<Destination> route = List.of(Destination.node(overlay.ids.get(4)), Destination.node(overlay.ids.get(3)));

        Answer answer = overlay.await(overlay.node(0).send(OutgoingRequest.via(route,
                new OpaqueBody(EXP_A_REQ, Opaque.EMPTY))));

        assertThat(answer.responder().nodeId()).isEqualTo(overlay.ids.get(3));
        assertThat(seen.get(0).message().header().viaList()).containsExactly(Destination.node(overlay.ids.get(0)));
        assertThat(seen.get(0).previousHop()).contains(overlay.ids.get(4));
    }

    @Test
    void a_request_that_comes_back_through_its_origin_is_answered_straight_back_to_it() {
        TestOverlay overlay = new TestOverlay(6).linkRing();
        List<IncomingRequest> seen = echo(overlay, 1);
        List<String> hops = hops(overlay);
        // through node 3, then on round the ring to node 1's range: the request passes node 0 again
        List<Destination> route = List.of(Destination.node(overlay.ids.get(3)),
                Destination.resource(TestOverlay.resourceOf(1)));

        Answer answer = overlay.await(overlay.node(0).send(OutgoingRequest.via(route,
                new OpaqueBody(EXP_A_REQ, Opaque.EMPTY))));

        assertThat(answer.responder().nodeId()).isEqualTo(overlay.ids.get(1));
        assertThat(hops).containsExactly("0>1", "1>2", "2>3", "3>4", "4>5", "5>0", "0>1", "1>0");
        assertThat(seen.get(0).message().header().viaList()).isEmpty();
    }

    @Test
    void attach_links_two_nodes_through_the_overlay_and_later_requests_go_straight() {
        TestOverlay overlay = new TestOverlay(8).linkRing();
        List<IncomingRequest> seen = echo(overlay, 4);

        NodeId attached = overlay.await(overlay.node(0).attach(overlay.ids.get(4)));
        overlay.await(overlay.node(0).send(expA(overlay.ids.get(4))));

        assertThat(attached).isEqualTo(overlay.ids.get(4));
        assertThat(overlay.node(0).connectedPeers()).contains(overlay.ids.get(4));
        assertThat(overlay.node(4).connectedPeers()).contains(overlay.ids.get(0));
        assertThat(seen.get(0).message().header().viaList()).isEmpty();
        assertThat(seen.get(0).previousHop()).contains(overlay.ids.get(0));
    }

    @Test
    void attach_to_a_resource_id_links_to_the_responsible_peer() {
        TestOverlay overlay = new TestOverlay(6).linkRing();

        NodeId attached = overlay.await(overlay.node(0).attach(TestOverlay.resourceOf(3)));

        assertThat(attached).isEqualTo(overlay.ids.get(3));
    }

    @Test
    void a_client_originates_requests_but_does_not_route_those_of_others() {
        TestOverlay overlay = new TestOverlay(4, (i, b) -> b.client(i == 2)).linkRing();
        RawPeer peer = new RawPeer(overlay, RawPeer.rawId(1), 2);

        peer.send(peer.header(Destination.resource(TestOverlay.resourceOf(0))), PingReq.empty());
        PingResult fromClient = overlay.await(overlay.node(2).ping(TestOverlay.resourceOf(0)));

        assertThat(peer.received()).isEmpty();
        assertThat(overlay.node(2).drops().count(DropReason.CLIENT_DOES_NOT_ROUTE)).isEqualTo(1);
        assertThat(fromClient.responder()).isEqualTo(overlay.ids.get(0));
    }
}

package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.registry.ProbeInformationType;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.core.sim.StaticRingTopology;
import org.reloadj.wire.body.JoinReq;
import org.reloadj.wire.body.LeaveReq;
import org.reloadj.wire.body.PingAns;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.body.ProbeAns;
import org.reloadj.wire.body.ProbeInformation;
import org.reloadj.wire.body.ProbeReq;
import org.reloadj.wire.body.RouteQueryAns;
import org.reloadj.wire.body.RouteQueryReq;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.Destination;

class OverlayRequestsTest {
    private final TestOverlay overlay = new TestOverlay(4).linkRing();
    private final RawPeer peer = new RawPeer(overlay, RawPeer.rawId(1), 1);

    private <T> T onlyAnswer(Class<T> type) throws Exception {
        assertThat(peer.received()).hasSize(1);
        return type.cast(org.reloadj.wire.body.BodyCodec.decode(peer.received().get(0).contents(),
                WireContext.defaults()));
    }

    @Test
    void ping_answers_with_a_random_response_id_and_the_time_of_answering() throws Exception {
        long answered = overlay.scheduler.clock().millis() + 10;
        peer.send(peer.header(Destination.node(overlay.ids.get(1))), PingReq.empty());
        PingAns first = onlyAnswer(PingAns.class);
        PingAns second = overlay.await(overlay.node(0).ping(overlay.ids.get(1))
                .thenApply(r -> new PingAns(r.responseId(), r.time().toEpochMilli())));

        assertThat(first.time()).isEqualTo(answered);
        assertThat(first.responseId()).isNotEqualTo(second.responseId());
    }

    @Test
    void probe_answers_what_it_knows_in_the_order_asked() throws Exception {
        overlay.scheduler.advance(Duration.ofSeconds(90));
        peer.send(peer.header(Destination.node(overlay.ids.get(1))), ProbeReq.of(ProbeInformationType.UPTIME,
                ProbeInformationType.EXP_PROBE, ProbeInformationType.RESPONSIBLE_SET, ProbeInformationType.NUM_RESOURCES));

        List<ProbeInformation> info = onlyAnswer(ProbeAns.class).probeInfo();

        assertThat(info).extracting(ProbeInformation::type).containsExactly(3, 1, 2);
        assertThat(info.get(0).uint32()).isEqualTo(90);
        assertThat(info.get(1).uint32()).isEqualTo(62_500_000);
        assertThat(info.get(2).uint32()).isEqualTo(7);
    }

    @Test
    void join_goes_to_the_topology_when_the_joining_peer_signed_it() throws Exception {
        peer.send(peer.header(Destination.node(overlay.ids.get(1))), new JoinReq(peer.id, Opaque.utf8("hi")));

        assertThat(peer.received().get(0).contents().messageCode()).isEqualTo(MessageCode.JOIN_ANS.code());
        assertThat(overlay.topology(1).received()).containsExactly(
                new StaticRingTopology.Received(MessageCode.JOIN_REQ, peer.id, Opaque.utf8("hi")));
    }

    @Test
    void join_for_another_node_id_than_the_signers_is_forbidden() {
        peer.send(peer.header(Destination.node(overlay.ids.get(1))), new JoinReq(overlay.ids.get(3), Opaque.EMPTY));

        assertThat(peer.onlyError()).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(overlay.topology(1).received()).isEmpty();
    }

    @Test
    void leave_is_taken_only_from_the_leaving_neighbour_itself() {
        peer.send(peer.header(Destination.node(overlay.ids.get(1))), new LeaveReq(peer.id, Opaque.EMPTY));
        peer.send(peer.header(Destination.node(overlay.ids.get(2))), new LeaveReq(peer.id, Opaque.EMPTY));

        assertThat(peer.received()).extracting(m -> m.contents().messageCode())
                .containsExactly(MessageCode.LEAVE_ANS.code(), MessageCode.ERROR.code());
        assertThat(RawPeer.errorOf(peer.received().get(1))).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(overlay.topology(1).received()).hasSize(1);
        assertThat(overlay.topology(2).received()).isEmpty();
    }

    @Test
    void route_query_is_answered_by_the_topology() throws Exception {
        peer.send(peer.header(Destination.node(overlay.ids.get(1))),
                new RouteQueryReq(false, Destination.resource(TestOverlay.resourceOf(3)), Opaque.EMPTY));

        assertThat(onlyAnswer(RouteQueryAns.class).data()).isEqualTo(overlay.ids.get(2).bytes());
    }

    @Test
    void the_topology_sends_updates_through_its_context_and_gets_the_answer_body() {
        TopologyContext context = overlay.topology(0).context();

        Opaque answer = overlay.await(context.request(overlay.ids.get(2), MessageCode.UPDATE_REQ, Opaque.utf8("u")));

        assertThat(answer).isEqualTo(Opaque.EMPTY);
        assertThat(overlay.topology(2).received()).containsExactly(
                new StaticRingTopology.Received(MessageCode.UPDATE_REQ, overlay.ids.get(0), Opaque.utf8("u")));
    }

    @Test
    void the_topology_context_offers_the_nodes_identity_connections_time_and_attach() {
        TopologyContext context = overlay.topology(0).context();
        boolean[] ran = new boolean[1];
        context.schedule(Duration.ofSeconds(1), () -> ran[0] = true);

        NodeId attached = overlay.await(context.attach(overlay.ids.get(2)));
        overlay.scheduler.advance(Duration.ofSeconds(1));

        assertThat(context.localNodeId()).isEqualTo(overlay.ids.get(0));
        assertThat(context.nodeIdLength()).isEqualTo(16);
        assertThat(attached).isEqualTo(overlay.ids.get(2));
        assertThat(context.connectedPeers()).containsExactlyInAnyOrder(overlay.ids.get(1), overlay.ids.get(2),
                overlay.ids.get(3));
        assertThat(ran[0]).isTrue();
    }

    @Test
    void responsibility_changes_reach_the_registered_listeners() {
        int[] calls = new int[1];
        overlay.node(0).onResponsibilityChanged(() -> calls[0]++);

        overlay.topology(0).context().responsibilityChanged();

        assertThat(calls[0]).isEqualTo(1);
    }
}

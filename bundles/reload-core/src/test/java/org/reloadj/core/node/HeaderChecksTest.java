package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ReloadMessage;

class HeaderChecksTest {
    private final TestOverlay overlay = new TestOverlay(5, (i, b) -> b.maxMessageSize(2000)).linkRing();
    private final RawPeer peer = new RawPeer(overlay, RawPeer.rawId(1), 1);

    @Test
    void a_message_for_another_overlay_is_dropped() {
        RawPeer.Header h = peer.header(Destination.node(overlay.ids.get(1)));
        h.overlay = h.overlay + 1;

        peer.send(h, PingReq.empty());

        assertThat(peer.received()).isEmpty();
        assertThat(overlay.node(1).drops().count(DropReason.WRONG_OVERLAY)).isEqualTo(1);
    }

    @Test
    void a_request_with_a_ttl_above_initial_ttl_is_refused_with_error_ttl_exceeded() {
        RawPeer.Header h = peer.header(Destination.node(overlay.ids.get(1)));
        h.ttl = NodeSettings.DEFAULT_INITIAL_TTL + 1;

        peer.send(h, PingReq.empty());

        assertThat(peer.onlyError()).isEqualTo(ErrorCode.ERROR_TTL_EXCEEDED);
    }

    @Test
    void a_request_whose_ttl_ran_out_before_its_destination_is_refused_with_error_ttl_exceeded() {
        RawPeer.Header h = peer.header(Destination.resource(TestOverlay.resourceOf(3)));
        h.ttl = 0;

        peer.send(h, PingReq.empty());

        assertThat(peer.onlyError()).isEqualTo(ErrorCode.ERROR_TTL_EXCEEDED);
        assertThat(peer.received().get(0).header().destinationList()).containsExactly(Destination.node(peer.id));
    }

    @Test
    void a_request_with_ttl_zero_for_this_node_is_answered() {
        RawPeer.Header h = peer.header(Destination.node(overlay.ids.get(1)));
        h.ttl = 0;

        peer.send(h, PingReq.empty());

        assertThat(peer.received()).singleElement().satisfies(m -> assertThat(m.contents().isError()).isFalse());
    }

    @Test
    void the_ttl_runs_out_on_a_path_longer_than_initial_ttl_and_the_originator_learns_it() {
        TestOverlay small = new TestOverlay(8, (i, b) -> b.initialTtl(3)).linkRing();

        ErrorCode code = small.failure(small.node(0).ping(TestOverlay.resourceOf(5)));

        assertThat(code).isEqualTo(ErrorCode.ERROR_TTL_EXCEEDED);
        assertThat(small.await(small.node(0).ping(TestOverlay.resourceOf(4))).responder()).isEqualTo(small.ids.get(4));
    }

    @Test
    void a_request_larger_than_max_message_size_is_refused_with_error_message_too_large() {
        peer.send(peer.header(Destination.node(overlay.ids.get(1))), new PingReq(Opaque.of(new byte[2500])));

        assertThat(peer.onlyError()).isEqualTo(ErrorCode.ERROR_MESSAGE_TOO_LARGE);
    }

    @Test
    void a_destination_list_that_repeats_a_node_id_is_refused_with_error_invalid_message() {
        Destination twice = Destination.node(overlay.ids.get(3));

        peer.send(peer.header(twice, Destination.node(overlay.ids.get(2)), twice), PingReq.empty());

        assertThat(peer.onlyError()).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void a_message_whose_header_does_not_parse_is_dropped() {
        RawPeer.Header h = peer.header(Destination.node(overlay.ids.get(1)));
        byte[] bytes = RawPeer.CODEC.encodeToBytes(peer.security.sign(new ReloadMessage(h.build(),
                org.reloadj.wire.body.BodyCodec.contents(PingReq.empty()), Unsigned.BLOCK)));
        byte[] truncated = Arrays.copyOf(bytes, 30);

        peer.sendBytes(truncated);

        assertThat(peer.received()).isEmpty();
        assertThat(overlay.node(1).drops().count(DropReason.MALFORMED)).isEqualTo(1);
    }

    @Test
    void a_resource_id_before_the_end_of_the_destination_list_is_dropped() {
        peer.send(peer.header(Destination.resource(TestOverlay.resourceOf(1)), Destination.node(overlay.ids.get(2))),
                PingReq.empty());

        assertThat(peer.received()).isEmpty();
        assertThat(overlay.node(1).drops().total()).isEqualTo(1);
    }

    @Test
    void a_response_breaking_a_rule_is_dropped_not_answered() {
        RawPeer.Header h = peer.header(Destination.resource(TestOverlay.resourceOf(3)));
        h.ttl = 0;

        peer.send(h, new org.reloadj.wire.body.PingAns(1, 2));

        assertThat(peer.received()).isEmpty();
        assertThat(overlay.node(1).drops().count(DropReason.UNANSWERABLE)).isEqualTo(1);
    }
}

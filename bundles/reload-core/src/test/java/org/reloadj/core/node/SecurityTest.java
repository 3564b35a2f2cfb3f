package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.core.sim.SharedKeySecurity;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.PingAns;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ReloadMessage;

class SecurityTest {
    private final TestOverlay overlay = new TestOverlay(5).linkRing();
    private final List<IncomingRequest> atThree = RoutingTest.echo(overlay, 3);
    private final SharedKeySecurity wrongKey = new SharedKeySecurity(
            "another key".getBytes(StandardCharsets.UTF_8), RawPeer.rawId(1), "raw");

    @Test
    void a_request_that_fails_verification_is_forwarded_by_peers_and_dropped_unprocessed_at_its_destination() {
        RawPeer peer = new RawPeer(overlay, RawPeer.rawId(1), 1);
        RawPeer.Header h = peer.header(Destination.resource(TestOverlay.resourceOf(3)));
        ReloadMessage forged = wrongKey.sign(new ReloadMessage(h.build(),
                RoutingTest.expA(TestOverlay.resourceOf(3)).contents(), Unsigned.BLOCK));

        peer.sendBytes(RawPeer.CODEC.encodeToBytes(forged));

        assertThat(atThree).isEmpty();
        assertThat(peer.received()).isEmpty();
        assertThat(overlay.node(3).drops().count(DropReason.VERIFICATION_FAILED)).isEqualTo(1);
        assertThat(overlay.node(1).drops().total() + overlay.node(2).drops().total()).isZero();
    }

    @Test
    void a_request_changed_in_flight_is_never_processed_and_its_sender_times_out() {
        overlay.network.setInterceptor(frame -> {
            byte[] b = frame.bytes();
            if (frame.from().equals(overlay.ids.get(1)) && frame.to().equals(overlay.ids.get(2))) {
                b[b.length - 1] ^= 1;
            }
            return Optional.of(b);
        });

        ErrorCode code = overlay.failure(overlay.node(0).send(RoutingTest.expA(TestOverlay.resourceOf(3))));

        assertThat(code).isEqualTo(ErrorCode.ERROR_REQUEST_TIMEOUT);
        assertThat(atThree).isEmpty();
        assertThat(overlay.node(3).drops().count(DropReason.VERIFICATION_FAILED)).isEqualTo(5);
    }

    @Test
    void a_response_that_fails_verification_is_dropped_by_the_requester() {
        RawPeer peer = new RawPeer(overlay, RawPeer.rawId(1), 0);
        peer.answerWith(request -> Optional.of(wrongKey.sign(new ReloadMessage(new ForwardingHeader(
                request.header().overlay(), 1, 100, ForwardingHeader.UNFRAGMENTED, request.header().transactionId(), 0,
                List.of(), List.of(Destination.node(overlay.ids.get(0))), List.of()),
                BodyCodec.contents(new PingAns(1, 2)), Unsigned.BLOCK))));

        ErrorCode code = overlay.failure(overlay.node(0).ping(peer.id));

        assertThat(code).isEqualTo(ErrorCode.ERROR_REQUEST_TIMEOUT);
        assertThat(overlay.node(0).drops().count(DropReason.VERIFICATION_FAILED)).isEqualTo(5);
    }
}

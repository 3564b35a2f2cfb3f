package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.core.net.Frame;
import org.reloadj.core.sim.SharedKeySecurity;
import org.reloadj.wire.body.AppAttachReq;
import org.reloadj.wire.body.AppAttachReqAns;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.ErrorResponse;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.OpaqueBody;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;

class TransactionsTest {
    private static final int EXP_A_ANS = MessageCode.EXP_A_ANS.code();

    private final TestOverlay overlay = new TestOverlay(5).linkRing();
    private final AtomicInteger handled = new AtomicInteger();

    private void answerAtThree(MessageBody body) {
        overlay.node(3).register(MessageCode.EXP_A_REQ, r -> {
            handled.incrementAndGet();
            return CompletableFuture.completedFuture(body);
        });
    }

    private static boolean isRequest(Frame f) {
        try {
            return Envelope.decode(f.bytes(), WireContext.defaults()).isRequest();
        } catch (WireException e) {
            throw new AssertionError(e);
        }
    }

    /** Drops the first {@code n} frames between {@code from} and {@code to} that {@code requests} says. */
    private void dropFirst(int n, int from, int to, boolean requests) {
        AtomicInteger left = new AtomicInteger(n);
        overlay.network.setInterceptor(f -> f.from().equals(overlay.ids.get(from)) && f.to().equals(overlay.ids.get(to))
                && isRequest(f) == requests && left.getAndDecrement() > 0 ? Optional.empty() : Optional.of(f.bytes()));
    }

    @Test
    void a_lost_request_is_retransmitted_with_the_same_transaction_id() {
        answerAtThree(new OpaqueBody(EXP_A_ANS, Opaque.EMPTY));
        dropFirst(2, 1, 2, true);
        Instant sent = overlay.scheduler.clock().instant();

        overlay.await(overlay.node(0).send(RoutingTest.expA(TestOverlay.resourceOf(3))));

        assertThat(Duration.between(sent, overlay.scheduler.clock().instant())).isEqualTo(Duration.ofMillis(6060));
        assertThat(handled).hasValue(1);
    }

    @Test
    void a_request_never_answered_fails_with_error_request_timeout_after_five_transmissions() {
        answerAtThree(new OpaqueBody(EXP_A_ANS, Opaque.EMPTY));
        dropFirst(Integer.MAX_VALUE, 1, 2, true);
        Instant sent = overlay.scheduler.clock().instant();

        ErrorCode code = overlay.failure(overlay.node(0).send(RoutingTest.expA(TestOverlay.resourceOf(3))));

        assertThat(code).isEqualTo(ErrorCode.ERROR_REQUEST_TIMEOUT);
        assertThat(Duration.between(sent, overlay.scheduler.clock().instant())).isEqualTo(Duration.ofSeconds(15));
        assertThat(overlay.node(0).pendingRequests()).isZero();
    }

    @Test
    void a_retransmission_after_a_lost_answer_is_answered_from_memory_not_processed_again() {
        answerAtThree(new OpaqueBody(EXP_A_ANS, Opaque.utf8("once")));
        dropFirst(1, 3, 2, false);

        Answer answer = overlay.await(overlay.node(0).send(RoutingTest.expA(TestOverlay.resourceOf(3))));

        assertThat(answer.body().toUtf8()).isEqualTo("once");
        assertThat(handled).hasValue(1);
    }

    @Test
    void a_retransmission_while_the_request_is_still_processed_is_dropped() {
        overlay.node(3).register(MessageCode.EXP_A_REQ, r -> {
            handled.incrementAndGet();
            CompletableFuture<MessageBody> later = new CompletableFuture<>();
            overlay.scheduler.schedule(Duration.ofSeconds(4),
                    () -> later.complete(new OpaqueBody(EXP_A_ANS, Opaque.utf8("slow"))));
            return later;
        });

        Answer answer = overlay.await(overlay.node(0).send(RoutingTest.expA(TestOverlay.resourceOf(3))));

        assertThat(answer.body().toUtf8()).isEqualTo("slow");
        assertThat(handled).hasValue(1);
        assertThat(overlay.node(3).drops().count(DropReason.REQUEST_IN_PROGRESS)).isEqualTo(1);
    }

    @Test
    void an_error_from_the_handler_fails_the_request_with_its_code() {
        overlay.node(3).register(MessageCode.EXP_A_REQ, r -> {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "not you");
        });

        ErrorCode code = overlay.failure(overlay.node(0).send(RoutingTest.expA(TestOverlay.resourceOf(3))));

        assertThat(code).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
    }

    @Test
    void a_handler_may_answer_with_an_error_response_of_its_own() {
        answerAtThree(new ErrorResponse(ErrorCode.ERROR_UNKNOWN_KIND.code(), Opaque.fromHex("0000000a")));

        ErrorCode code = overlay.failure(overlay.node(0).send(RoutingTest.expA(TestOverlay.resourceOf(3))));

        assertThat(code).isEqualTo(ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void a_handler_that_breaks_is_answered_with_error_invalid_message() {
        overlay.node(3).register(MessageCode.EXP_A_REQ, r -> {
            throw new IllegalStateException("bug");
        });

        ErrorCode code = overlay.failure(overlay.node(0).send(RoutingTest.expA(TestOverlay.resourceOf(3))));

        assertThat(code).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void a_request_nobody_handles_is_answered_with_error_invalid_message() {
        AppAttachReq appAttach = new AppAttachReq(new AppAttachReqAns(Opaque.EMPTY, Opaque.EMPTY, 5060,
                Opaque.utf8("passive"), List.of()));

        ErrorCode code = overlay.failure(overlay.node(0).send(OutgoingRequest.to(overlay.ids.get(2), appAttach)));

        assertThat(code).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE);
    }

    @Test
    void an_answer_longer_than_max_response_length_becomes_error_incompatible_with_overlay() {
        TestOverlay limited = new TestOverlay(3, (i, b) -> b.maxResponseLength(i == 0 ? 200 : 0)).linkRing();
        limited.node(2).register(MessageCode.EXP_A_REQ, r -> CompletableFuture.completedFuture(
                new OpaqueBody(EXP_A_ANS, Opaque.of(new byte[r.body().length()]))));

        ErrorCode code = limited.failure(limited.node(0).send(OutgoingRequest.to(limited.ids.get(2),
                new OpaqueBody(MessageCode.EXP_A_REQ.code(), Opaque.of(new byte[300])))));
        Answer small = limited.await(limited.node(0).send(OutgoingRequest.to(limited.ids.get(2),
                new OpaqueBody(MessageCode.EXP_A_REQ.code(), Opaque.of(new byte[10])))));

        assertThat(code).isEqualTo(ResponseBuilder.RESPONSE_TOO_LONG).isEqualTo(ErrorCode.ERROR_INCOMPATIBLE_WITH_OVERLAY);
        assertThat(small.body().length()).isEqualTo(10);
    }

    /** A raw peer linked to node 0 of {@code o}, answering with {@code body}, signed as {@code signer}. */
    private static RawPeer responder(TestOverlay o, NodeId signer, MessageBody body) {
        RawPeer peer = new RawPeer(o, RawPeer.rawId(1), 0);
        SharedKeySecurity as = new SharedKeySecurity(TestOverlay.KEY, signer, "x");
        peer.answerWith(request -> {
            ForwardingHeader h = new ForwardingHeader(request.header().overlay(), 1, 100, ForwardingHeader.UNFRAGMENTED,
                    request.header().transactionId(), 0, List.of(), List.of(Destination.node(o.ids.get(0))), List.of());
            MessageContents contents = BodyCodec.contents(body);
            return Optional.of(as.sign(new ReloadMessage(h, contents, Unsigned.BLOCK)));
        });
        return peer;
    }

    @Test
    void an_answer_longer_than_the_max_response_length_asked_for_fails_with_error_response_too_large() {
        TestOverlay limited = new TestOverlay(2, (i, b) -> b.maxResponseLength(150)).linkRing();
        RawPeer peer = responder(limited, RawPeer.rawId(1), new OpaqueBody(EXP_A_ANS, Opaque.of(new byte[400])));

        ErrorCode code = limited.failure(limited.node(0).send(RoutingTest.expA(peer.id)));

        assertThat(code).isEqualTo(ErrorCode.ERROR_RESPONSE_TOO_LARGE);
    }

    @Test
    void an_answer_signed_by_another_node_than_the_one_asked_is_ignored() {
        RawPeer peer = responder(overlay, RawPeer.rawId(99), new OpaqueBody(EXP_A_ANS, Opaque.EMPTY));

        ErrorCode code = overlay.failure(overlay.node(0).send(RoutingTest.expA(peer.id)));

        assertThat(code).isEqualTo(ErrorCode.ERROR_REQUEST_TIMEOUT);
        assertThat(overlay.node(0).drops().count(DropReason.UNEXPECTED_RESPONSE)).isEqualTo(5);
    }

    @Test
    void an_answer_signed_by_the_node_asked_completes_the_request() {
        RawPeer peer = responder(overlay, RawPeer.rawId(1), new OpaqueBody(EXP_A_ANS, Opaque.utf8("me")));

        Answer answer = overlay.await(overlay.node(0).send(RoutingTest.expA(peer.id)));

        assertThat(answer.body().toUtf8()).isEqualTo("me");
        assertThat(answer.responder().userName()).contains("x");
    }
}

package org.reloadj.core.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;
import org.reloadj.core.time.VirtualScheduler;
import org.reloadj.wire.message.ReloadMessage;

class TransactionManagerTest {
    private final VirtualScheduler scheduler = new VirtualScheduler(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<Instant> sent = new ArrayList<>();
    private final TransactionManager transactions = new TransactionManager(scheduler, Duration.ofMillis(3000),
            TransactionManager.MAX_TRANSMISSIONS, m -> sent.add(scheduler.clock().instant()));

    @Test
    void retransmits_every_reliability_timer_and_fails_after_the_fifth_transmission_times_out() {
        CompletableFuture<ReloadMessage> result = transactions.send(TestMessages.message(7, 0x17)).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(14_999));
        assertThat(result).isNotDone();
        assertThat(sent).hasSize(5);
        assertThat(sent.get(4)).isEqualTo(Instant.parse("2026-01-01T00:00:12Z"));
        scheduler.advance(Duration.ofMillis(1));
        assertThatThrownBy(result::get).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(ReloadException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_REQUEST_TIMEOUT));
        assertThat(transactions.pending()).isZero();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void a_response_after_a_retransmission_completes_the_transaction_and_stops_the_timer() throws Exception {
        CompletableFuture<ReloadMessage> result = transactions.send(TestMessages.message(7, 0x17)).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(4000));
        ReloadMessage answer = TestMessages.message(7, 0x18);
        assertThat(transactions.onResponse(answer)).isTrue();
        assertThat(result.get()).isSameAs(answer);
        scheduler.advance(Duration.ofSeconds(60));
        assertThat(sent).hasSize(2);
    }

    @Test
    void a_duplicate_or_unknown_response_is_not_taken() {
        transactions.send(TestMessages.message(7, 0x17));
        assertThat(transactions.onResponse(TestMessages.message(8, 0x18))).isFalse();
        assertThat(transactions.onResponse(TestMessages.message(7, 0x18))).isTrue();
        assertThat(transactions.onResponse(TestMessages.message(7, 0x18))).isFalse();
    }

    @Test
    void refuses_two_pending_transactions_with_one_id() {
        transactions.send(TestMessages.message(7, 0x17));
        assertThatThrownBy(() -> transactions.send(TestMessages.message(7, 0x17)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refuses_a_timer_under_200_ms_and_more_than_five_transmissions() {
        assertThatThrownBy(() -> new TransactionManager(scheduler, Duration.ofMillis(199), 5, m -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransactionManager(scheduler, Duration.ofMillis(3000), 6, m -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answered_requests_are_remembered_for_the_15_second_request_lifetime() {
        AnsweredRequests answered = new AnsweredRequests(scheduler, 2);
        ReloadMessage answer = TestMessages.message(7, 0x08);
        assertThat(answered.remember(7, answer)).isTrue();
        scheduler.advance(Duration.ofMillis(14_999));
        assertThat(answered.responseTo(7)).contains(answer);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(answered.responseTo(7)).isEmpty();
    }

    @Test
    void answered_requests_keep_no_more_than_their_capacity() {
        AnsweredRequests answered = new AnsweredRequests(scheduler, 1);
        assertThat(answered.remember(1, TestMessages.message(1, 0x08))).isTrue();
        assertThat(answered.remember(2, TestMessages.message(2, 0x08))).isFalse();
        assertThat(answered.size()).isEqualTo(1);
    }
}

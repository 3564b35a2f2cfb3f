package org.reloadj.link.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reloadj.wire.framing.FramedMessage;

class SimpleReliabilityTest {
    private final EmbeddedChannel loop = new EmbeddedChannel();
    private final List<FramedMessage.Data> wire = new ArrayList<>();
    private final List<Long> sentAt = new ArrayList<>();
    private final List<IOException> failures = new ArrayList<>();
    private long now;
    private final SimpleReliability sender;

    SimpleReliabilityTest() {
        loop.freezeTime();
        DtlsLinkSettings settings = DtlsLinkSettings.defaults().withMaxQueuedMessages(3);
        sender = new SimpleReliability(loop.eventLoop(), frame -> {
            wire.add(frame);
            sentAt.add(now / 1_000_000);
        }, failures::add, () -> now, new DtlsLinkSettings(settings.linkType(), settings.datagramSize(),
                settings.handshakeTimeout(), 64, 8, 3, Duration.ofMillis(500), Duration.ofMillis(1), 5,
                Duration.ofMillis(10), DatagramLoss.none()));
    }

    private void advance(long millis) {
        for (long i = 0; i < millis; i++) {
            now += 1_000_000;
            loop.advanceTimeBy(1, TimeUnit.MILLISECONDS);
            loop.runScheduledPendingTasks();
        }
    }

    private static byte[] message(int n) {
        return new byte[] {(byte) n};
    }

    @Test
    void retransmits_with_new_sequence_numbers_at_0_500_1500_3500_7500_ms_then_fails() {
        sender.send(message(1));
        advance(20_000);
        assertThat(sentAt).containsExactly(0L, 500L, 1500L, 3500L, 7500L);
        assertThat(wire).extracting(FramedMessage.Data::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(failures).singleElement().asString().contains("no ack after 5 transmissions");
    }

    @Test
    void an_ack_of_any_transmission_ends_the_retransmissions() {
        sender.send(message(1));
        advance(600);
        sender.onAck(new FramedMessage.Ack(0, 0));
        advance(10_000);
        assertThat(wire).hasSize(2);
        assertThat(failures).isEmpty();
    }

    @Test
    void holds_one_message_in_flight_and_sends_the_next_10_ms_after_the_ack() {
        sender.send(message(1));
        sender.send(message(2));
        assertThat(wire).hasSize(1);
        advance(5);
        sender.onAck(new FramedMessage.Ack(0, 0));
        advance(9);
        assertThat(wire).hasSize(1);
        advance(1);
        assertThat(wire).hasSize(2);
        assertThat(wire.get(1).message().toByteArray()).isEqualTo(message(2));
    }

    @Test
    void an_ack_whose_bitmask_covers_an_earlier_transmission_counts() {
        sender.send(message(1));
        advance(500);
        // sequence 1 is the retransmission; an ack of an unrelated later frame whose mask has bit 0
        sender.onAck(new FramedMessage.Ack(2, 0b1));
        advance(10_000);
        assertThat(wire).hasSize(2);
        assertThat(failures).isEmpty();
    }

    @Test
    void the_rto_follows_the_measured_round_trip() {
        sender.send(message(1));
        advance(20);
        sender.onAck(new FramedMessage.Ack(0, 0));
        assertThat(sender.rto()).isEqualTo(Duration.ofMillis(60));
        advance(10);
        sender.send(message(2));
        advance(60);
        assertThat(sentAt).containsExactly(0L, 30L, 90L);
    }

    @Test
    void fails_when_more_messages_wait_than_the_queue_holds() {
        for (int i = 0; i < 5; i++) {
            sender.send(message(i));
        }
        assertThat(failures).singleElement().asString().contains("does not keep up");
    }
}

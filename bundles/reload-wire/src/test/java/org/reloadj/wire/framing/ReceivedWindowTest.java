package org.reloadj.wire.framing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceivedWindowTest {

    @Test
    void the_first_frame_is_acked_with_an_empty_mask() {
        assertThat(new ReceivedWindow().receive(0)).isEqualTo(new FramedMessage.Ack(0, 0));
    }

    @Test
    void sets_bit_n_minus_m_minus_1_for_each_recent_frame() {
        ReceivedWindow w = new ReceivedWindow();
        w.receive(10);
        w.receive(12);
        FramedMessage.Ack ack = w.receive(13);
        assertThat(ack.ackSequence()).isEqualTo(13);
        assertThat(ack.received()).isEqualTo(0b101);
        assertThat(ack.acknowledges(13)).isTrue();
        assertThat(ack.acknowledges(12)).isTrue();
        assertThat(ack.acknowledges(11)).isFalse();
        assertThat(ack.acknowledges(10)).isTrue();
    }

    @Test
    void frames_32_or_more_behind_are_not_in_the_mask() {
        ReceivedWindow w = new ReceivedWindow();
        w.receive(100);
        assertThat(w.receive(131).received()).isEqualTo(1 << 30);
        assertThat(w.receive(132).received()).isEqualTo(1);
    }

    @Test
    void remembers_only_the_32_most_recent_frames() {
        ReceivedWindow w = new ReceivedWindow();
        w.receive(1);
        for (long s = 40; s < 72; s++) {
            w.receive(s);
        }
        assertThat(w.receive(2).received()).isZero();
    }

    @Test
    void sequence_numbers_wrap_at_2_to_the_32() {
        ReceivedWindow w = new ReceivedWindow();
        w.receive(0xFFFF_FFFFL);
        FramedMessage.Ack ack = w.receive(0);
        assertThat(ack.received()).isEqualTo(1);
        assertThat(ack.acknowledges(0xFFFF_FFFFL)).isTrue();
    }
}

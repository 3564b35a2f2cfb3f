package org.reloadj.wire.framing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentFramesTest {

    @Test
    void an_ack_gives_the_round_trip_of_the_frame_it_names_once() {
        SentFrames s = new SentFrames(8);
        s.sent(5, 1_000);
        assertThat(s.acknowledge(new FramedMessage.Ack(5, 0), 4_000)).hasValue(3_000);
        assertThat(s.acknowledge(new FramedMessage.Ack(5, 0), 9_000)).isEmpty();
    }

    @Test
    void the_mask_acknowledges_earlier_frames_without_a_sample() {
        SentFrames s = new SentFrames(8);
        s.sent(1, 100);
        s.sent(2, 200);
        s.sent(3, 300);
        assertThat(s.oldestUnacknowledged()).hasValue(100);
        assertThat(s.acknowledge(new FramedMessage.Ack(3, 0b10), 400)).hasValue(100);
        assertThat(s.oldestUnacknowledged()).hasValue(200);
        s.acknowledge(new FramedMessage.Ack(2, 0), 500);
        assertThat(s.oldestUnacknowledged()).isEmpty();
    }

    @Test
    void forgets_the_oldest_frames_beyond_its_capacity() {
        SentFrames s = new SentFrames(2);
        s.sent(1, 100);
        s.sent(2, 200);
        s.sent(3, 300);
        assertThat(s.acknowledge(new FramedMessage.Ack(1, 0), 400)).isEmpty();
        assertThat(s.oldestUnacknowledged()).hasValue(200);
    }
}

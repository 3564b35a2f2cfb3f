package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.core.time.VirtualScheduler;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.PingReq;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ReloadMessage;

class FragmentationTest {
    private static Envelope message(int padding) {
        byte[] pad = new byte[padding];
        for (int i = 0; i < padding; i++) {
            pad[i] = (byte) i;
        }
        ForwardingHeader h = new ForwardingHeader(1, 1, 100, ForwardingHeader.UNFRAGMENTED, 77, 0, List.of(),
                List.of(Destination.node(NodeId.of(new byte[16]))), List.of());
        return Envelope.of(new ReloadMessage(h, BodyCodec.contents(new PingReq(Opaque.of(pad))), Unsigned.BLOCK));
    }

    private static byte[] joined(List<Envelope> fragments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fragments.forEach(f -> out.writeBytes(f.rest().toByteArray()));
        return out.toByteArray();
    }

    @Test
    void a_message_that_fits_the_link_is_not_fragmented() {
        Envelope m = message(100);

        assertThat(Fragmenter.split(m, m.encode().length, 1000)).containsExactly(m);
    }

    @Test
    void a_large_message_is_cut_into_equal_fragments_that_leave_room_for_the_via_list() {
        Envelope m = message(3000);

        List<Envelope> fragments = Fragmenter.split(m, m.encode().length, 600);

        assertThat(fragments).hasSize(6);
        assertThat(fragments).allSatisfy(f -> assertThat(f.encode().length).isLessThanOrEqualTo(600 - 32));
        int smallest = fragments.stream().mapToInt(f -> f.rest().length()).min().orElseThrow();
        assertThat(fragments).extracting(f -> f.rest().length()).allSatisfy(n -> assertThat(n).isBetween(smallest,
                smallest + 1));
        assertThat(fragments).extracting(f -> f.header().isLastFragment()).containsExactly(false, false, false, false,
                false, true);
        assertThat(fragments.get(1).header().fragmentOffset()).isEqualTo(fragments.get(0).rest().length());
        assertThat(joined(fragments)).isEqualTo(m.rest().toByteArray());
    }

    @Test
    void a_link_too_small_for_256_bytes_a_fragment_gets_the_message_whole() {
        Envelope m = message(3000);

        assertThat(Fragmenter.split(m, m.encode().length, 300)).containsExactly(m);
    }

    @Test
    void a_fragment_is_split_again_with_offsets_of_the_original_message() {
        Envelope m = message(3000);
        Envelope first = Fragmenter.split(m, m.encode().length, 1700).get(0);

        List<Envelope> again = Fragmenter.split(first, first.encode().length, 700);

        assertThat(again).extracting(f -> f.header().fragmentOffset()).startsWith(0);
        assertThat(again).noneMatch(f -> f.header().isLastFragment());
        assertThat(joined(again)).isEqualTo(first.rest().toByteArray());
    }

    private final VirtualScheduler scheduler = new VirtualScheduler(TestOverlay.START);
    private final DropCounter drops = new DropCounter();
    private final Envelope large = message(3000);

    private List<Envelope> cut(int linkLimit) {
        return Fragmenter.split(large, large.encode().length, linkLimit);
    }

    /** Adds the fragments at {@code indexes}; returns what the last one completed, if anything. */
    private static Optional<Reassembler.Arrival> feed(Reassembler r, List<Envelope> fragments, int... indexes) {
        Optional<Reassembler.Arrival> last = Optional.empty();
        for (int i : indexes) {
            last = r.add(fragments.get(i), Optional.empty());
        }
        return last;
    }

    @Test
    void fragments_in_any_order_and_repeated_are_reassembled_into_the_message() throws WireException {
        Reassembler reassembler = new Reassembler(scheduler, 5000, 50_000, drops);
        List<Envelope> f = cut(600);

        assertThat(feed(reassembler, f, 5, 2, 0, 2, 1, 3)).isEmpty();
        Optional<Reassembler.Arrival> whole = feed(reassembler, f, 4);

        assertThat(whole).isPresent();
        assertThat(whole.get().envelope().toMessage().contents()).isEqualTo(large.toMessage().contents());
        assertThat(whole.get().envelope().isWhole()).isTrue();
        assertThat(reassembler.pending()).isZero();
        assertThat(reassembler.held()).isZero();
    }

    @Test
    void fragments_cut_differently_by_a_retransmission_complete_the_message() {
        Reassembler reassembler = new Reassembler(scheduler, 5000, 50_000, drops);

        feed(reassembler, cut(1700), 0);

        assertThat(feed(reassembler, cut(1200), 1, 2)).isPresent();
    }

    @Test
    void a_fragment_beyond_max_message_size_drops_the_message() {
        Reassembler reassembler = new Reassembler(scheduler, 2000, 50_000, drops);

        feed(reassembler, cut(600), 0, 5);

        assertThat(drops.count(DropReason.REASSEMBLY_OVERFLOW)).isEqualTo(1);
        assertThat(reassembler.pending()).isZero();
        assertThat(reassembler.held()).isZero();
    }

    @Test
    void fragments_beyond_the_reassembly_budget_drop_their_message() {
        Reassembler reassembler = new Reassembler(scheduler, 5000, 1000, drops);

        feed(reassembler, cut(600), 0, 1);

        assertThat(drops.count(DropReason.REASSEMBLY_OVERFLOW)).isEqualTo(1);
        assertThat(reassembler.held()).isZero();
    }

    @Test
    void an_incomplete_message_is_dropped_after_the_request_lifetime() {
        Reassembler reassembler = new Reassembler(scheduler, 5000, 50_000, drops);
        feed(reassembler, cut(600), 0);

        scheduler.advance(Duration.ofMillis(14_999));
        assertThat(reassembler.pending()).isEqualTo(1);
        scheduler.advance(Duration.ofMillis(1));

        assertThat(reassembler.pending()).isZero();
        assertThat(reassembler.held()).isZero();
        assertThat(drops.count(DropReason.REASSEMBLY_TIMEOUT)).isEqualTo(1);
    }

    @Test
    void a_large_ping_crosses_links_with_a_small_limit_in_fragments_and_is_answered() {
        TestOverlay overlay = new TestOverlay(5).linkRing();
        overlay.network.setMaxMessageSize(600);
        Answer answer = overlay.await(overlay.node(0).send(OutgoingRequest.to(TestOverlay.resourceOf(3),
                new PingReq(Opaque.of(new byte[3000])))));

        assertThat(answer.responder().nodeId()).isEqualTo(overlay.ids.get(3));
        assertThat(overlay.network.largestFrame()).isLessThanOrEqualTo(600);
        assertThat(overlay.network.framesOversized()).isZero();
        assertThat(overlay.network.framesCarried()).isGreaterThan(6 * 3);
    }

    @Test
    void a_fragmented_request_missing_a_fragment_is_dropped_by_its_destination_and_times_out() {
        TestOverlay overlay = new TestOverlay(5).linkRing();
        overlay.network.setMaxMessageSize(600);
        overlay.network.setInterceptor(frame -> {
            try {
                ForwardingHeader h = Envelope.decode(frame.bytes(), WireContext.defaults()).header();
                boolean lost = frame.to().equals(overlay.ids.get(3)) && h.fragmentOffset() > 0 && !h.isLastFragment();
                return lost ? Optional.empty() : Optional.of(frame.bytes());
            } catch (WireException e) {
                throw new AssertionError(e);
            }
        });

        ErrorCode code = overlay.failure(overlay.node(0).send(OutgoingRequest.to(TestOverlay.resourceOf(3),
                new PingReq(Opaque.of(new byte[3000])))));
        overlay.scheduler.runUntilIdle();

        assertThat(code).isEqualTo(ErrorCode.ERROR_REQUEST_TIMEOUT);
        assertThat(overlay.node(3).drops().count(DropReason.REASSEMBLY_TIMEOUT)).isEqualTo(1);
    }
}

package org.reloadj.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.core.time.VirtualScheduler;

class InMemoryNetworkTest {
    private static final LinkCredentials NONE = new LinkCredentials(null, List.of(), List.of(), Optional.empty(),
            Optional.empty());
    private static final NodeId A = NodeId.fromHex("10000000000000000000000000000000");
    private static final NodeId B = NodeId.fromHex("20000000000000000000000000000000");

    private final VirtualScheduler scheduler = new VirtualScheduler(Instant.parse("2026-01-01T00:00:00Z"));
    private final InMemoryNetwork network = new InMemoryNetwork(scheduler, 7);
    private final Recorder atA = new Recorder();
    private final Recorder atB = new Recorder();

    /** Records what happens on the links of one node. */
    static final class Recorder implements LinkHandler {
        final List<OverlayLink> opened = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        final List<Instant> times = new ArrayList<>();
        int closed;
        VirtualScheduler clock;

        @Override
        public void onOpened(OverlayLink link) {
            opened.add(link);
        }

        @Override
        public void onMessage(OverlayLink link, byte[] message) {
            messages.add(new String(message, java.nio.charset.StandardCharsets.UTF_8));
            if (clock != null) {
                times.add(clock.clock().instant());
            }
        }

        @Override
        public void onClosed(OverlayLink link, Throwable cause) {
            closed++;
        }
    }

    private OverlayLink linkAtoB() {
        network.provider(B).listen(InMemoryNetwork.address(2), NONE, atB);
        CompletableFuture<OverlayLink> link = network.provider(A).connect(InMemoryNetwork.address(2), NONE, atA)
                .toCompletableFuture();
        scheduler.runUntilIdle();
        return link.join();
    }

    private static byte[] text(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void a_connection_authenticates_both_ends_and_carries_messages_in_order_after_the_latency() {
        atB.clock = scheduler;
        OverlayLink link = linkAtoB();
        Instant sent = scheduler.clock().instant();

        link.send(text("one"));
        link.send(text("two"));
        scheduler.runUntilIdle();

        assertThat(link.remoteNodeIds()).containsExactly(B);
        assertThat(atB.opened).singleElement().satisfies(l -> assertThat(l.remoteNodeIds()).containsExactly(A));
        assertThat(atA.opened).containsExactly(link);
        assertThat(atB.messages).containsExactly("one", "two");
        assertThat(atB.times).containsOnly(sent.plusMillis(10));
    }

    @Test
    void connecting_where_nobody_listens_fails() {
        CompletableFuture<OverlayLink> link = network.provider(A).connect(InMemoryNetwork.address(9), NONE, atA)
                .toCompletableFuture();
        scheduler.runUntilIdle();

        assertThatThrownBy(link::join).hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void an_address_takes_one_listener() {
        network.provider(A).listen(InMemoryNetwork.address(1), NONE, atA);

        assertThat(network.provider(B).listen(InMemoryNetwork.address(1), NONE, atB).toCompletableFuture())
                .isCompletedExceptionally();
    }

    @Test
    void closing_a_link_tells_both_ends_and_stops_its_messages() {
        OverlayLink link = linkAtoB();

        link.send(text("lost"));
        link.close();
        scheduler.runUntilIdle();

        assertThat(atA.closed).isEqualTo(1);
        assertThat(atB.closed).isEqualTo(1);
        assertThat(atB.messages).isEmpty();
        assertThat(network.openLinks()).isZero();
    }

    @Test
    void a_partition_stops_frames_and_connections_until_healed() {
        OverlayLink link = linkAtoB();
        network.partition(List.of(A));

        link.send(text("cut"));
        CompletableFuture<OverlayLink> again = network.provider(A).connect(InMemoryNetwork.address(2), NONE, atA)
                .toCompletableFuture();
        scheduler.runUntilIdle();
        network.heal();
        link.send(text("healed"));
        scheduler.runUntilIdle();

        assertThat(again).isCompletedExceptionally();
        assertThat(atB.messages).containsExactly("healed");
        assertThat(network.framesLost()).isEqualTo(1);
    }

    @Test
    void losses_follow_the_seed() {
        OverlayLink link = linkAtoB();
        network.setLoss(0.3);
        for (int i = 0; i < 1000; i++) {
            link.send(text("m" + i));
        }
        scheduler.runUntilIdle();

        InMemoryNetworkTest twin = new InMemoryNetworkTest();
        OverlayLink twinLink = twin.linkAtoB();
        twin.network.setLoss(0.3);
        for (int i = 0; i < 1000; i++) {
            twinLink.send(text("m" + i));
        }
        twin.scheduler.runUntilIdle();

        assertThat(network.framesLost()).isBetween(250L, 350L);
        assertThat(atB.messages).isEqualTo(twin.atB.messages);
    }

    @Test
    void a_disconnected_node_loses_its_links_and_its_listener() {
        linkAtoB();

        network.disconnect(B);
        scheduler.runUntilIdle();
        CompletableFuture<OverlayLink> again = network.provider(A).connect(InMemoryNetwork.address(2), NONE, atA)
                .toCompletableFuture();
        scheduler.runUntilIdle();

        assertThat(atA.closed).isEqualTo(1);
        assertThat(atB.closed).isEqualTo(1);
        assertThat(again).isCompletedExceptionally();
    }

    @Test
    void an_interceptor_sees_every_frame_and_may_change_it() {
        OverlayLink link = linkAtoB();
        network.setInterceptor(f -> Optional.of(text(new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8)
                + " from " + (f.from().equals(A) ? "A" : "?"))));
        network.setLatency(Duration.ofMillis(50));

        link.send(text("hello"));
        scheduler.runUntilIdle();

        assertThat(atB.messages).containsExactly("hello from A");
    }
}

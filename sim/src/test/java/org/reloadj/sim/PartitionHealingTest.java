package org.reloadj.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.time.VirtualScheduler;

/**
 * Partition detection and repair (RFC 6940, 10.7.4.4) on real nodes over the in-memory network:
 * the network is split while the overlay forms, so that the peers cut off from bootstrap node B
 * form a ring of their own through a second bootstrap node; once the network heals, their periodic
 * Ping through B finds peers of B's ring, they attach to them through B, and stabilization makes
 * one ring of the two.
 */
class PartitionHealingTest {
    private static final int PER_SIDE = 6;

    private final VirtualScheduler scheduler = new VirtualScheduler(Instant.parse("2030-01-01T00:00:00Z"));
    private final SplittableRandom random = new SplittableRandom(11);
    private final InMemoryNetwork network = new InMemoryNetwork(scheduler, random.nextLong());
    private final SimPeers factory = new SimPeers(scheduler, network, new SharedKeySimSecurity(),
            new MaintenanceCounter(), random.split(), Duration.ofSeconds(600));

    @Test
    void two_rings_formed_apart_merge_into_one_after_the_network_heals() {
        List<SimPeer> left = create();
        List<SimPeer> right = create();
        SimPeer b = left.get(0);
        SimPeer second = right.get(0);
        network.partition(right.stream().map(SimPeer::id).toList());

        b.join();
        for (SimPeer p : left.subList(1, PER_SIDE)) {
            joinThrough(p, List.of(b.address()));
        }
        // B is out of reach: the second bootstrap node finds no other and starts a ring (6.4.2.1)
        second.bootstrap(List.of(b.address()));
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(second.isLinked()).isFalse();
        second.join();
        for (SimPeer p : right.subList(1, PER_SIDE)) {
            joinThrough(p, List.of(b.address(), second.address()));
        }
        scheduler.advance(Duration.ofMinutes(1));
        assertRing(left);
        assertRing(right);

        network.heal();
        scheduler.advance(Duration.ofHours(3));

        assertRing(Stream.concat(left.stream(), right.stream()).toList());
    }

    private List<SimPeer> create() {
        List<SimPeer> side = new ArrayList<>();
        for (int i = 0; i < PER_SIDE; i++) {
            side.add(factory.create());
        }
        return side;
    }

    private void joinThrough(SimPeer p, List<InetSocketAddress> bootstraps) {
        p.bootstrap(bootstraps).thenRun(p::join);
        for (int step = 0; step < 600 && !p.isJoined(); step++) {
            scheduler.advance(Duration.ofMillis(100));
        }
        assertThat(p.isJoined()).as("%s joined", p.id()).isTrue();
    }

    /** Every peer's first successor and predecessor are its neighbours on the ring of {@code members}. */
    private static void assertRing(List<SimPeer> members) {
        List<SimPeer> ring = members.stream().sorted(Comparator.comparing(SimPeer::id)).toList();
        for (int i = 0; i < ring.size(); i++) {
            SimPeer p = ring.get(i);
            SimPeer next = ring.get((i + 1) % ring.size());
            SimPeer previous = ring.get((i + ring.size() - 1) % ring.size());
            assertThat(p.topology().successors()).as("successors of %s", p.id()).first().isEqualTo(next.id());
            assertThat(p.topology().predecessors()).as("predecessors of %s", p.id()).first()
                    .isEqualTo(previous.id());
        }
    }
}

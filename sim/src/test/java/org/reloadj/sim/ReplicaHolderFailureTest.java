package org.reloadj.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.time.VirtualScheduler;
import org.reloadj.wire.io.WireContext;

/**
 * An item outlives the crash of all three peers that held it (RFC 6940, 10.4), one after another
 * within the 30 s successor replacement hold-down of 10.7.1, on a ring of real nodes: once both
 * replica holders are gone the responsible peer replicates at once, before it crashes in turn.
 */
class ReplicaHolderFailureTest {
    private static final int PEERS = 12;

    private final VirtualScheduler scheduler = new VirtualScheduler(Instant.parse("2030-01-01T00:00:00Z"));
    private final SplittableRandom random = new SplittableRandom(7);
    private final InMemoryNetwork network = new InMemoryNetwork(scheduler, random.nextLong());
    private final SimPeers peers = new SimPeers(scheduler, network, new SharedKeySimSecurity(),
            new MaintenanceCounter(), random.split(), Duration.ofSeconds(600));
    private final SimRing ring = new SimRing(peers, scheduler, network, random.split());
    private final Fetcher fetcher = new Fetcher(new WireContext(SimPeers.NODE_ID_LENGTH,
            WireContext.DEFAULT_MAX_MESSAGE_SIZE, peers.usages().kindModels()));

    private void grow() {
        network.setLatency(Duration.ofMillis(10));
        ring.first();
        for (int i = 1; i < PEERS; i++) {
            SimPeer p = ring.joinNew();
            for (int step = 0; step < 600 && !p.isJoined(); step++) {
                scheduler.advance(Duration.ofMillis(100));
            }
            assertThat(p.isJoined()).as("peer %d joined", i).isTrue();
        }
        scheduler.advance(Duration.ofMinutes(1));
    }

    private SimPeer peer(NodeId id) {
        return ring.live().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void an_item_survives_its_two_replica_holders_and_then_its_responsible_peer_failing_within_the_hold_down() {
        grow();
        Items items = new Items(ring, random.split(), fetcher);
        items.store(1);
        scheduler.advance(Duration.ofSeconds(5));
        ResourceId resource = items.resources().get(0);
        SimPeer responsible = peer(ring.responsibleFor(resource));
        List<SimPeer> holders = responsible.topology().successors().subList(0, 2).stream().map(this::peer).toList();
        assertThat(holders).allMatch(p -> p.stores(resource));

        ring.crash(holders.get(0));
        scheduler.advance(Duration.ofSeconds(2));
        ring.crash(holders.get(1));
        scheduler.advance(Duration.ofSeconds(2));
        ring.crash(responsible);
        scheduler.advance(Duration.ofSeconds(5));

        assertThat(ring.live()).as("a copy is left").anyMatch(p -> p.stores(resource));
        items.check();
        scheduler.advance(Duration.ofSeconds(30));
        assertThat(items.lost()).isZero();
    }
}

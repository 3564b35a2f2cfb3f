package org.reloadj.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.time.VirtualScheduler;

/**
 * The simulated overlay as the simulator sees it from outside: the live peers, how they come
 * (bootstrap through a random peer of the ring and the real join procedure, RFC 6940, 11.4 and
 * 10.5) and go (crash), and the true ring against which lookups are judged: the peer responsible
 * for an id is the first joined live peer at or after it (10.1).
 */
final class SimRing {
    /** The wait before bootstrapping again after a failed attempt. */
    private static final Duration RETRY = Duration.ofSeconds(2);
    /** How long a joining peer may stay without a link before it bootstraps again. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final SimPeers factory;
    private final VirtualScheduler scheduler;
    private final InMemoryNetwork network;
    private final SplittableRandom random;
    private final TreeMap<NodeId, SimPeer> byId = new TreeMap<>();
    private final List<SimPeer> live = new ArrayList<>();
    private final Map<NodeId, Integer> slots = new HashMap<>();

    SimRing(SimPeers factory, VirtualScheduler scheduler, InMemoryNetwork network, SplittableRandom random) {
        this.factory = factory;
        this.scheduler = scheduler;
        this.network = network;
        this.random = random;
    }

    /** The virtual time. */
    Instant now() {
        return scheduler.clock().instant();
    }

    /** The first peer: it has no one to join through and takes the whole ring. */
    SimPeer first() {
        SimPeer p = add(factory.create());
        p.join();
        return p;
    }

    /** A new peer, joining through a random peer of the ring. */
    SimPeer joinNew() {
        SimPeer p = add(factory.create());
        bootstrap(p);
        return p;
    }

    /**
     * Links {@code p} to a random peer of the ring and attaches to its admitting peer, then joins;
     * bootstraps again when that fails, or when the peer is left with no link (its bootstrap or
     * admitting peer crashed) and has not joined in time.
     */
    private void bootstrap(SimPeer p) {
        if (!p.isAlive() || p.isJoined()) {
            return;
        }
        p.bootstrap(randomJoined(random).address()).whenComplete((admitting, failure) -> {
            if (!p.isAlive()) {
                return;
            }
            if (failure != null) {
                scheduler.schedule(RETRY, () -> bootstrap(p));
                return;
            }
            p.join();
            scheduler.schedule(PATIENCE, () -> {
                if (p.isAlive() && !p.isJoined() && !p.isLinked()) {
                    bootstrap(p);
                }
            });
        });
    }

    /** {@code p} fails without notice and leaves the live set. */
    void crash(SimPeer p) {
        p.crash(network);
        byId.remove(p.id());
        int slot = slots.remove(p.id());
        SimPeer last = live.remove(live.size() - 1);
        if (last != p) {
            live.set(slot, last);
            slots.put(last.id(), slot);
        }
    }

    /** A random joined peer (there is always one: the ring is never empty). */
    SimPeer randomJoined(SplittableRandom from) {
        for (int tries = 0; tries < 1000; tries++) {
            SimPeer p = live.get(from.nextInt(live.size()));
            if (p.isJoined()) {
                return p;
            }
        }
        return live.stream().filter(SimPeer::isJoined).findFirst()
                .orElseThrow(() -> new IllegalStateException("no peer of the ring is joined"));
    }

    /**
     * The peer responsible for {@code id} on the true ring: the first joined live peer at or after
     * it, round the ring; null when no peer is joined.
     */
    NodeId responsibleFor(Identifier<?> id) {
        NodeId point = NodeId.of(id.bytes());
        for (SimPeer p : byId.tailMap(point, true).values()) {
            if (p.isJoined()) {
                return p.id();
            }
        }
        for (SimPeer p : byId.headMap(point, false).values()) {
            if (p.isJoined()) {
                return p.id();
            }
        }
        return null;
    }

    /** The live peers. */
    List<SimPeer> live() {
        return List.copyOf(live);
    }

    /** The number of live peers. */
    int size() {
        return live.size();
    }

    /** The number of live peers that have joined. */
    int joined() {
        return (int) live.stream().filter(SimPeer::isJoined).count();
    }

    private SimPeer add(SimPeer p) {
        byId.put(p.id(), p);
        slots.put(p.id(), live.size());
        live.add(p);
        return p;
    }
}

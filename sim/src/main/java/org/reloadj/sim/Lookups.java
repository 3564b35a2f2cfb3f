package org.reloadj.sim;

import java.time.Duration;
import java.util.SplittableRandom;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;
import org.reloadj.core.time.VirtualScheduler;

/**
 * The lookup workload: Fetches of random Resource-IDs from random joined peers, spread evenly over
 * a span of virtual time. A lookup succeeds when the peer that answers is the one responsible for
 * the id on the true ring, when the lookup was sent or when its answer arrived (the ring may change
 * in between under churn); its hops are those the answer tells ({@link Fetcher}).
 */
final class Lookups {
    private final SimRing ring;
    private final VirtualScheduler scheduler;
    private final SplittableRandom random;
    private final Fetcher fetcher;
    private final LookupStats stats = new LookupStats();

    Lookups(SimRing ring, VirtualScheduler scheduler, SplittableRandom random, Fetcher fetcher) {
        this.ring = ring;
        this.scheduler = scheduler;
        this.random = random;
        this.fetcher = fetcher;
    }

    /** What the lookups found. */
    LookupStats stats() {
        return stats;
    }

    /** Sends {@code count} lookups, one every {@code span / count}, starting now. */
    void spread(int count, Duration span) {
        if (count > 0) {
            next(count, span.dividedBy(count));
        }
    }

    private void next(int left, Duration every) {
        lookup();
        if (left > 1) {
            scheduler.schedule(every, () -> next(left - 1, every));
        }
    }

    private void lookup() {
        SimPeer from = ring.randomJoined(random);
        byte[] id = new byte[SimPeers.NODE_ID_LENGTH];
        random.nextBytes(id);
        ResourceId target = ResourceId.of(id);
        NodeId atSend = ring.responsibleFor(target);
        stats.sent();
        fetcher.fetch(from, target).whenComplete((outcome, failure) -> {
            if (failure != null) {
                stats.failed();
            } else if (outcome.responder().equals(atSend) || outcome.responder().equals(ring.responsibleFor(target))) {
                stats.right(outcome.hops());
            } else {
                stats.wrong();
            }
        });
    }
}

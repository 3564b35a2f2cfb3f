package org.reloadj.topology.chord;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reloadj.api.NodeId;

/**
 * What self-tuning Chord observes of churn (RFC 7363, 6.3 and 6.4): the history of the last K
 * failures, begun by the time the peer joined, and the ages of the peers in the routing table,
 * learnt from the uptime of their Updates and Probe answers.
 */
final class ChurnEstimator {
    /** The most failures remembered, whatever the routing table's size. */
    private static final int MAX_HISTORY = 128;

    private final Deque<Instant> failures = new ArrayDeque<>();
    private final Map<NodeId, Instant> upSince = new HashMap<>();
    private Instant joined;

    ChurnEstimator(Instant now) {
        this.joined = now;
    }

    /** The peer joined the overlay: "The current time is inserted into the history" (6.3). */
    void joined(Instant now) {
        joined = now;
        failures.clear();
    }

    /** A failure was detected (6.3.1): a Leave from a neighbour, or a peer that stopped answering. */
    void failure(Instant now) {
        failures.addLast(now);
        while (failures.size() > MAX_HISTORY) {
            failures.removeFirst();
        }
    }

    /** {@code peer} reported {@code uptimeSeconds} of uptime at {@code now}. */
    void uptime(NodeId peer, long uptimeSeconds, Instant now) {
        upSince.put(peer, now.minusSeconds(uptimeSeconds));
    }

    /** Forgets the age of a peer that left the routing table. */
    void forget(NodeId peer) {
        upSince.remove(peer);
    }

    /** Whether the age of {@code peer} is known. */
    boolean knowsAge(NodeId peer) {
        return upSince.containsKey(peer);
    }

    /**
     * The failure rate U (6.3) for a routing table of {@code m} distinct peers: over the last
     * K = 25% of m failures (at least one); when fewer than K were seen, as if one happened now,
     * counting from the time the peer joined.
     */
    double failureRate(Instant now, int m) {
        int k = Math.max(1, (int) Math.round(0.25 * m));
        List<Instant> recent = new ArrayList<>(failures);
        recent = recent.subList(Math.max(0, recent.size() - k), recent.size());
        Instant first;
        Instant last;
        int count;
        if (recent.size() < k) {
            first = joined;
            last = now;
            count = recent.size() + 1;
        } else {
            first = recent.get(0);
            last = recent.get(recent.size() - 1);
            count = recent.size();
        }
        double tk = Math.max(1, Duration.between(first, last).toMillis() / 1000.0);
        return SelfTuning.failureRate(count, m, tk);
    }

    /** The join rate L (6.4) for an overlay of {@code n} peers, from the ages of {@code peers}. */
    double joinRate(double n, Collection<NodeId> peers, Instant now) {
        List<Double> ages = new ArrayList<>();
        for (NodeId p : peers) {
            Instant since = upSince.get(p);
            if (since != null) {
                ages.add(Math.max(1, Duration.between(since, now).toMillis() / 1000.0));
            }
        }
        ages.sort(null);
        return SelfTuning.joinRate(n, ages);
    }
}

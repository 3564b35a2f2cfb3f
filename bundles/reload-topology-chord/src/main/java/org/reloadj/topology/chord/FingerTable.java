package org.reloadj.topology.chord;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

/**
 * The Finger Table of a peer x (RFC 6940, 10.1, 10.5, 10.7.4.2 and 10.7.4.3). Entries are indexed
 * from i = 1: the i'th finger is the peer x + 2^(k-i) is attached to (10.5), so finger 1 is half
 * way round the ring, finger 2 a quarter, and so on. An entry is valid when its peer lies in
 * [x + 2^(k-i), x + 2^(k-(i-1)) - 1] (10.7.4.2).
 *
 * <p>The table holds no peers of its own: its entries are read from the peers this node is linked
 * to (the routing table), the one closest to the start of each range standing for the entry. A
 * peer that fails thus leaves every entry it held, and the entry falls to another linked peer in
 * the same range or becomes invalid (10.7.2); routing then uses the closest preceding peer of the
 * union, which is what the RFC's replacement achieves. The size starts at 16 and can grow to k
 * (128 for CHORD-RELOAD).
 */
final class FingerTable {
    /** The least number of entries (10.7.4.3). */
    static final int MIN_SIZE = 16;

    private final Ring ring;
    private final NodeId self;
    private int size = MIN_SIZE;

    FingerTable(Ring ring, NodeId self) {
        this.ring = ring;
        this.self = self;
    }

    /** The number of entries. */
    int size() {
        return size;
    }

    /** Sets the number of entries, kept within 16..k (10.7.4.3). */
    void resize(int entries) {
        size = Math.max(MIN_SIZE, Math.min(ring.bits(), entries));
    }

    /** x + 2^(k-i): the Resource-ID to attach to for the i'th entry (10.5). */
    ResourceId start(int i) {
        return ring.plus(self, offset(i));
    }

    /** A Resource-ID chosen uniformly at random in the i'th entry's valid range (10.7.4.2). */
    ResourceId randomTarget(int i, RandomGenerator random) {
        return ring.plus(self, offset(i).add(Ring.randomBits(ring.bits() - i, random)));
    }

    /**
     * The index of the entry {@code peer} is valid for: i with 2^(k-i) <= distance < 2^(k-i+1);
     * 0 for this node itself.
     */
    int indexOf(NodeId peer) {
        BigInteger d = ring.distance(self, peer);
        return d.signum() == 0 ? 0 : ring.bits() + 1 - d.bitLength();
    }

    /**
     * The entries, index 1 to size (index 0 unused): per index the linked peer in its range
     * closest to its start, or null where the entry is invalid.
     */
    NodeId[] entries(Collection<NodeId> peers) {
        NodeId[] entries = new NodeId[size + 1];
        BigInteger[] best = new BigInteger[size + 1];
        for (NodeId p : peers) {
            int i = indexOf(p);
            if (i >= 1 && i <= size) {
                BigInteger d = ring.distance(self, p);
                if (best[i] == null || d.compareTo(best[i]) < 0) {
                    best[i] = d;
                    entries[i] = p;
                }
            }
        }
        return entries;
    }

    /**
     * The distinct peers of the valid entries in numerically ascending order, as a {@code full}
     * Update carries them (10.7).
     */
    List<NodeId> fingers(Collection<NodeId> peers) {
        List<NodeId> out = new ArrayList<>();
        for (NodeId p : entries(peers)) {
            if (p != null && !out.contains(p)) {
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Alternative 1 of 10.7.4.2: walking from i = 1, each invalid entry is picked with
     * probability 0.5, which weights the choice exponentially towards the low entries. Empty when
     * no entry is picked.
     */
    OptionalInt chooseInvalid(Collection<NodeId> peers, RandomGenerator random) {
        NodeId[] entries = entries(peers);
        for (int i = 1; i <= size; i++) {
            if (entries[i] == null && random.nextBoolean()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The size that reaches {@code lastSuccessor}: "ensure that the Finger Table is large enough to
     * contain at least the final successor in the peer's Neighbor Table" (10.7.4.3), at least 16.
     */
    int sizeToReach(NodeId lastSuccessor) {
        return Math.max(MIN_SIZE, Math.min(ring.bits(), indexOf(lastSuccessor)));
    }

    private BigInteger offset(int i) {
        if (i < 1 || i > ring.bits()) {
            throw new IllegalArgumentException("finger index " + i + " is outside 1.." + ring.bits());
        }
        return BigInteger.ONE.shiftLeft(ring.bits() - i);
    }
}

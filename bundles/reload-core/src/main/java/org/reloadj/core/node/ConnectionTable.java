package org.reloadj.core.node;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.wire.message.Destination;

/**
 * The nodes this node has a link to (RFC 6940, 1.2.5 and 6.1.2), in numbered slots so that a
 * via-list entry can name a connection in 16 bits (6.3.2.2): a 1 bit, a 12-bit slot index and a
 * 3-bit generation counter. Generations start at random values and advance each time a slot takes
 * a new connection; slots are taken in rotation, so an old compressed id is unlikely to name a new
 * connection, and one that does not match the slot's current generation resolves to nothing.
 *
 * <p>The slot array grows as slots are first used, and a generation takes a byte, so that a node
 * with a few dozen links (a simulation runs thousands of them) does not carry 4096 slots.
 *
 * <p>Not thread-safe: the node's event loop owns it.
 */
final class ConnectionTable {
    /** The number of slots a 12-bit index addresses. */
    static final int SLOTS = 1 << 12;

    private static final int GENERATION_MASK = 0x7;

    private static final int INITIAL_SLOTS = 16;

    private Entry[] slots = new Entry[INITIAL_SLOTS];
    private final byte[] generations = new byte[SLOTS];
    private final Map<OverlayLink, Entry> byLink = new HashMap<>();
    private final Map<NodeId, Entry> byNode = new HashMap<>();
    /** The connected nodes as last handed out; null once a link came or went. */
    private Set<NodeId> nodes;
    private int nextSlot;

    /** A table whose generation counters start at values drawn from {@code random}. */
    ConnectionTable(RandomGenerator random) {
        for (int i = 0; i < SLOTS; i++) {
            generations[i] = (byte) random.nextInt(GENERATION_MASK + 1);
        }
    }

    /**
     * Enters a link to {@code nodeId} in the next free slot; a newer link to the same node becomes
     * the one messages to it take.
     *
     * @return the entry, or empty when every slot is taken
     */
    Optional<Entry> add(OverlayLink link, NodeId nodeId) {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(nodeId, "nodeId");
        if (byLink.containsKey(link)) {
            return Optional.of(byLink.get(link));
        }
        for (int i = 0; i < SLOTS; i++) {
            int slot = (nextSlot + i) % SLOTS;
            if (at(slot) == null) {
                nextSlot = (slot + 1) % SLOTS;
                generations[slot] = (byte) ((generations[slot] + 1) & GENERATION_MASK);
                Entry e = new Entry(slot, generations[slot], link, nodeId);
                if (slot >= slots.length) {
                    slots = Arrays.copyOf(slots, Math.min(SLOTS, Math.max(slot + 1, 2 * slots.length)));
                }
                slots[slot] = e;
                byLink.put(link, e);
                byNode.put(nodeId, e);
                nodes = null;
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Removes the entry of {@code link}; another link to the same node, if any, takes over. */
    Optional<Entry> remove(OverlayLink link) {
        Entry e = byLink.remove(link);
        if (e == null) {
            return Optional.empty();
        }
        slots[e.slot()] = null;
        if (byNode.get(e.nodeId()) == e) {
            byNode.remove(e.nodeId());
            nodes = null;
            byLink.values().stream().filter(o -> o.nodeId().equals(e.nodeId())).findFirst()
                    .ifPresent(o -> byNode.put(o.nodeId(), o));
        }
        return Optional.of(e);
    }

    /** The entry of {@code link}. */
    Optional<Entry> entryFor(OverlayLink link) {
        return Optional.ofNullable(byLink.get(link));
    }

    /** The entry messages to {@code nodeId} take, if it is directly connected. */
    Optional<Entry> entry(NodeId nodeId) {
        return Optional.ofNullable(byNode.get(nodeId));
    }

    /**
     * The connection a compressed id names, if its slot holds a connection of that generation
     * (6.3.2.2: otherwise the message "MUST be silently dropped").
     */
    Optional<Entry> resolve(int compressedId) {
        Entry e = at(compressedId >>> 3 & (SLOTS - 1));
        return e != null && e.generation() == (compressedId & GENERATION_MASK) ? Optional.of(e) : Optional.empty();
    }

    private Entry at(int slot) {
        return slot < slots.length ? slots[slot] : null;
    }

    /**
     * The connected nodes: a snapshot, made again only after a link came or went, since the
     * topology asks for it at every Update and routing decision.
     */
    Set<NodeId> nodes() {
        if (nodes == null) {
            nodes = Collections.unmodifiableSet(new LinkedHashSet<>(byNode.keySet()));
        }
        return nodes;
    }

    /** The number of links. */
    int size() {
        return byLink.size();
    }

    /**
     * The 16 bits of a compressed id: the two-byte form (6.3.2.2), or an opaque_id of two bytes
     * whose top bit is 1, which the RFC says to treat alike. Empty for any other entry.
     */
    static OptionalInt compressedValue(Destination d) {
        if (d instanceof Destination.Compressed c) {
            return OptionalInt.of(c.value());
        }
        if (d instanceof Destination.OpaqueId o && o.id().length() == 2 && (o.id().byteAt(0) & 0x80) != 0) {
            return OptionalInt.of((o.id().byteAt(0) & 0xFF) << 8 | o.id().byteAt(1) & 0xFF);
        }
        return OptionalInt.empty();
    }

    /**
     * One connection.
     *
     * @param slot       the slot index, 0..4095
     * @param generation the slot's generation when the connection took it, 0..7
     * @param link       the link
     * @param nodeId     the Node-ID of the node at the other end
     */
    record Entry(int slot, int generation, OverlayLink link, NodeId nodeId) {
        /** The 16-bit id naming this connection in a via list. */
        Destination compressedId() {
            return new Destination.Compressed(0x8000 | slot << 3 | generation);
        }
    }
}

package org.reloadj.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.core.node.OutgoingRequest;
import org.reloadj.core.storage.AccessControl;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * The store-then-fetch workload: items stored by random peers, each at a Resource-ID of its
 * storer's own under NODE-MULTIPLE (RFC 6940, 7.3.4: the hash of Node-ID || i), which spreads them
 * over the ring as random Resource-IDs would; after the workload each is fetched from a random peer,
 * and an item that no longer comes back is lost. The values are signed by their storers (7.1) and
 * checked by every peer that stores them, replicas included (7.4.1.1).
 */
final class Items {
    /** The most items one peer stores: i runs from 1 to this (max-node-multiple). */
    static final int PER_NODE = 16;
    /** The simulation's kind: single values under NODE-MULTIPLE, from the private Kind-ID range. */
    static final KindDefinition KIND = new KindDefinition(new KindId(0xF051_0001L), "SIM-ITEM",
            DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MULTIPLE, 1, 128, PER_NODE);
    /** Longer than any run, so nothing expires. */
    private static final Duration LIFETIME = Duration.ofDays(30);

    private final SimRing ring;
    private final SplittableRandom random;
    private final Fetcher fetcher;
    private final Map<NodeId, Integer> used = new HashMap<>();
    private final List<Item> stored = new ArrayList<>();
    private int lost;

    Items(SimRing ring, SplittableRandom random, Fetcher fetcher) {
        this.ring = ring;
        this.random = random;
        this.fetcher = fetcher;
    }

    /** An item that was stored. */
    private record Item(ResourceId resource, Opaque value) {
    }

    /** Stores {@code count} items from random peers; those whose Store is answered count as stored. */
    void store(int count) {
        for (int k = 0; k < count; k++) {
            SimPeer storer = storerWithRoom();
            int i = used.merge(storer.id(), 1, Integer::sum);
            ResourceId resource = SimPeers.resourceId(AccessControl.nodeMultipleName(storer.id(), i));
            Opaque value = Opaque.utf8("item " + k);
            StoredData data = storer.security().signer().sign(resource, KIND.id(), ring.now().toEpochMilli(),
                    LIFETIME.toSeconds(), new StoredDataValue.SingleValue(DataValue.of(value)));
            StoreReq request = new StoreReq(resource, 0, List.of(new StoreKindData(KIND.id(), 0, List.of(data))));
            storer.send(OutgoingRequest.to(resource, request)).thenRun(() -> stored.add(new Item(resource, value)));
        }
    }

    /** A random peer that has stored fewer than {@link #PER_NODE} items. */
    private SimPeer storerWithRoom() {
        while (true) {
            SimPeer p = ring.randomJoined(random);
            if (used.getOrDefault(p.id(), 0) < PER_NODE) {
                return p;
            }
        }
    }

    /** Fetches every stored item from a random peer; {@link #lost()} counts those not found. */
    void check() {
        lost = 0;
        for (Item item : stored) {
            fetcher.fetch(ring.randomJoined(random), item.resource()).whenComplete((outcome, failure) -> {
                if (failure != null || !outcome.value().filter(item.value()::equals).isPresent()) {
                    lost++;
                }
            });
        }
    }

    /** The Resource-IDs of the items stored, in the order their Stores were answered. */
    List<ResourceId> resources() {
        return stored.stream().map(Item::resource).toList();
    }

    /** The items stored. */
    int stored() {
        return stored.size();
    }

    /** The stored items the last {@link #check()} did not find. */
    int lost() {
        return lost;
    }
}

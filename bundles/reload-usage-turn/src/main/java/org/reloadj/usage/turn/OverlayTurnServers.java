package org.reloadj.usage.turn;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;

/**
 * The {@link TurnServers} of one node, on its {@link Overlay} (RFC 6940, 9).
 *
 * <p>Advertising stores a TurnServer at H(Node-ID || d) for d = 1 to the turn-density, at most the
 * kind's max-node-multiple (beyond it the storing peers' access control would refuse the store,
 * 7.3.4). A turn-density of 0 means the overlay has no TURN servers: nothing is stored and
 * discovery does not look.
 *
 * <p>Discovery hashes random bytes to get a random Resource-ID of the overlay's length, Finds the
 * closest TURN-SERVICE resource the peer responsible for it stores, and Fetches it. The value is
 * accepted only as {@code Advertisements#read} checks it; this node's own advertisements are
 * skipped ("Peers MAY find other servers"). An empty Find, or a value not accepted, costs one
 * attempt; a failed Find or Fetch fails the discovery.
 */
public final class OverlayTurnServers implements TurnServers {
    private static final KindId TURN_SERVICE = TurnServiceUsage.TURN_SERVICE.id();
    private static final int RANDOM_NAME_BYTES = 16;

    private final Overlay overlay;
    private final TurnSettings settings;
    private final Clock clock;
    private final RandomGenerator random;

    /**
     * The TURN servers of {@code overlay}.
     *
     * @param clock  the time of storing (7: storage_time)
     * @param random where the random Resource-IDs of discovery come from
     */
    public OverlayTurnServers(Overlay overlay, TurnSettings settings, Clock clock, RandomGenerator random) {
        this.overlay = Objects.requireNonNull(overlay, "overlay");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public CompletionStage<List<ResourceId>> advertise(InetSocketAddress address) {
        if (address.isUnresolved()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("unresolved address " + address));
        }
        if (!settings.allowPrivateAddresses() && Advertisements.isPrivate(address.getAddress())) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(address
                    + " is private, loopback or link-local: not a candidate for a TURN server (RFC 6940, 9)"));
        }
        Instant now = clock.instant();
        return storeAll(d -> StoredValue.of(Slot.SINGLE, Advertisements.encode(d, address), now, settings.lifetime()));
    }

    @Override
    public CompletionStage<Void> withdraw() {
        Instant now = clock.instant();
        return storeAll(d -> StoredValue.deletion(Slot.SINGLE, now, settings.lifetime())).thenApply(r -> null);
    }

    @Override
    public CompletionStage<Optional<Server>> discover() {
        return discover(1).thenApply(found -> found.stream().findFirst());
    }

    @Override
    public CompletionStage<List<Server>> discover(int count) {
        if (count < 1 || settings.turnDensity() == 0) {
            return CompletableFuture.completedFuture(List.of());
        }
        return probe(new LinkedHashMap<>(), count, count * settings.attemptsPerServer());
    }

    private CompletionStage<List<ResourceId>> storeAll(IntFunction<StoredValue> valueOf) {
        NodeId self = overlay.localNodeId();
        List<CompletableFuture<ResourceId>> stores = new ArrayList<>();
        for (int d = 1; d <= settings.iterations(); d++) {
            ResourceId resource = overlay.resourceId(TurnServiceUsage.resourceName(self, d));
            KindValues value = new KindValues(TURN_SERVICE, 0, List.of(valueOf.apply(d)));
            stores.add(overlay.store(resource, List.of(value)).thenApply(r -> resource).toCompletableFuture());
        }
        return CompletableFuture.allOf(stores.toArray(CompletableFuture[]::new))
                .thenApply(v -> stores.stream().map(CompletableFuture::join).toList());
    }

    private CompletionStage<List<Server>> probe(Map<InetSocketAddress, Server> found, int count, int attemptsLeft) {
        if (found.size() >= count || attemptsLeft == 0) {
            return CompletableFuture.completedFuture(List.copyOf(found.values()));
        }
        return probeOnce().thenCompose(server -> {
            server.ifPresent(s -> found.putIfAbsent(s.address(), s));
            return probe(found, count, attemptsLeft - 1);
        });
    }

    private CompletionStage<Optional<Server>> probeOnce() {
        byte[] name = new byte[RANDOM_NAME_BYTES];
        random.nextBytes(name);
        return overlay.find(overlay.resourceId(Opaque.of(name)), Set.of(TURN_SERVICE)).thenCompose(closest -> {
            ResourceId resource = closest.get(TURN_SERVICE);
            if (resource == null) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            return overlay.fetch(resource, List.of(Query.all(TURN_SERVICE))).thenApply(fetched -> fetched.get(0)
                    .values().stream().flatMap(v -> Advertisements.read(overlay, resource, v).stream())
                    .filter(s -> !s.advertiser().equals(overlay.localNodeId())).findFirst());
        });
    }
}

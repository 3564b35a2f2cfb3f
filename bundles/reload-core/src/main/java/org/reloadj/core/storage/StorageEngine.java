package org.reloadj.core.storage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.body.FetchAns;
import org.reloadj.wire.body.FetchReq;
import org.reloadj.wire.body.FindAns;
import org.reloadj.wire.body.FindReq;
import org.reloadj.wire.body.StatAns;
import org.reloadj.wire.body.StatReq;
import org.reloadj.wire.body.StoreAns;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.storage.FetchKindResponse;
import org.reloadj.wire.storage.FindKindData;
import org.reloadj.wire.storage.StatKindResponse;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoreKindResponse;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataSpecifier;

/**
 * The storage of a peer (RFC 6940, 7.4): Store, Fetch, Stat and Find on the data this peer holds,
 * and what replication needs to copy it elsewhere. The node has checked that the request is its to
 * answer (responsibility, 7.4.1.1 and 7.4.4.2) and who signed the message.
 *
 * <p>Thread safety: one lock guards the backend and the generation counters. A Store verifies
 * signatures and access control before taking it (those do not depend on what is stored), then
 * checks generation counters, storage times and quotas and commits under it, so every request is
 * atomic and requests are applied one after another. Expired values are never answered; a Store
 * drops the expired values of the kinds it writes and {@link #purgeExpired()} sweeps the rest.
 *
 * <p>Generation counters (7.4.1.1): an original Store that changes a kind raises its counter to one
 * more than the larger of the stored counter and the largest counter this engine has given out.
 * Counters thus grow by at least 1, as required, and never repeat at a location even after all of
 * its values expired and the location was forgotten, so a Fetch that sends an old generation cannot
 * be told "unchanged" about newer data (7.4.2.1). A replica Store sets the counter it carries.
 */
public final class StorageEngine {
    private final Supplier<KindTable> kinds;
    private final StorageBackend backend;
    private final StoreChecks checks;
    private final ReplicaSet replicaSet;
    private final Clock clock;
    private final Object lock = new Object();
    private long lastGeneration;

    /**
     * An engine.
     *
     * @param kinds         the node's current kind table, read once per request
     * @param backend       where values are kept; this engine must be its only user
     * @param verifier      verifies stored-data signatures (7.1)
     * @param access        the access control policies (7.3)
     * @param replicaSet    the replicas the topology copies a resource to (7.4.1.2)
     * @param replicaSource whether a replica Store's sender is plausible (7.4.1.1)
     * @param clock         the local clock of lifetimes
     */
    public StorageEngine(Supplier<KindTable> kinds, StorageBackend backend, StoredDataVerifier verifier,
            AccessControl access, ReplicaSet replicaSet, ReplicaSource replicaSource, Clock clock) {
        this.kinds = Objects.requireNonNull(kinds, "kinds");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.checks = new StoreChecks(verifier, access, replicaSource);
        this.replicaSet = Objects.requireNonNull(replicaSet, "replicaSet");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores the values of a StoreReq signed by {@code requestSigner} (7.4.1): every kind or none.
     *
     * @throws ReloadException Error_Unknown_Kind (all unknown kinds in error_info), Error_Forbidden,
     *                         Error_Generation_Counter_Too_Low (a StoreAns in error_info),
     *                         Error_Data_Too_Old, Error_Data_Too_Large, Error_Invalid_Message, or a
     *                         usage's refusal
     */
    public StoreAns store(StoreReq request, Writer requestSigner) throws ReloadException {
        return store(request, requestSigner, List.of());
    }

    /**
     * Stores the values of a StoreReq signed by {@code requestSigner}, carried by a message whose
     * security block held {@code certificates} (6.3.4), as {@link #store(StoreReq, Writer)}.
     *
     * @throws ReloadException as {@link #store(StoreReq, Writer)}
     */
    public StoreAns store(StoreReq request, Writer requestSigner, List<GenericCertificate> certificates)
            throws ReloadException {
        Map<KindId, ResolvedKind> resolved = kinds.get().resolveAll(
                request.kindData().stream().map(StoreKindData::kind).toList());
        checks.check(request, requestSigner, resolved, certificates);
        ResourceId resource = request.resource();
        boolean replica = request.replicaNumber() > 0;
        Map<KindId, StoredKind> updated = new LinkedHashMap<>();
        synchronized (lock) {
            long now = clock.millis();
            Map<KindId, StoredKind> current = new LinkedHashMap<>();
            request.kindData().forEach(d -> current.put(d.kind(), liveAt(resource, d.kind(), now)));
            if (!replica) {
                checkGenerations(request, current);
            }
            for (StoreKindData data : request.kindData()) {
                StoredKind live = current.get(data.kind());
                long generation = replica ? data.generationCounter()
                        : data.values().isEmpty() ? live.generation() : nextGeneration(live.generation());
                updated.put(data.kind(), KindUpdate.apply(resolved.get(data.kind()).definition(), live, data,
                        replica, now, generation));
            }
            backend.putAll(resource, updated);
        }
        List<NodeId> replicas = replica ? List.of() : replicaSet.replicasOf(resource);
        return new StoreAns(updated.entrySet().stream()
                .map(e -> new StoreKindResponse(e.getKey(), e.getValue().generation(), replicas)).toList());
    }

    /**
     * The values a FetchReq asks for (7.4.2): one FetchKindResponse per specifier, in order.
     *
     * @throws StorageException Error_Unknown_Kind (all unknown kinds in error_info), Error_Invalid_Message
     */
    public FetchAns fetch(FetchReq request) throws StorageException {
        List<Selection> selections = select(request.resource(), request.specifiers());
        return new FetchAns(selections.stream()
                .map(s -> new FetchKindResponse(s.kind(), s.generation(), s.values())).toList());
    }

    /**
     * The metadata of the values a StatReq asks for (7.4.3): as {@link #fetch}, with SHA-256 digests.
     *
     * @throws StorageException Error_Unknown_Kind (all unknown kinds in error_info), Error_Invalid_Message
     */
    public StatAns stat(StatReq request) throws StorageException {
        List<Selection> selections = select(request.resource(), request.specifiers());
        return new StatAns(selections.stream().map(s -> new StatKindResponse(s.kind(), s.generation(),
                s.values().stream().map(MetaDataDigest::of).toList())).toList());
    }

    /**
     * For each kind of a FindReq, the closest Resource-ID holding it here (7.4.4; see
     * {@link ClosestResource}). An unknown kind, or one with nothing stored, gets Resource-ID 0: as
     * many zero bytes as the Resource-ID asked for.
     */
    public FindAns find(FindReq request) {
        KindTable table = kinds.get();
        ResourceId from = request.resource();
        ResourceId zero = ResourceId.of(new byte[from.length()]);
        List<FindKindData> results = new ArrayList<>();
        synchronized (lock) {
            long now = clock.millis();
            for (KindId kind : request.kinds()) {
                Optional<ResourceId> closest = table.find(kind).isPresent()
                        ? ClosestResource.find(backend, kind, from, now) : Optional.empty();
                results.add(new FindKindData(kind, closest.orElse(zero)));
            }
        }
        return new FindAns(results);
    }

    /**
     * A replica Store of everything alive at {@code resource} in kinds this node knows, for
     * replication or for handing the resource over (7.4.1.1, 10.4, 10.7.3): stored generation
     * counters, lifetimes lowered to what remains. Empty when nothing is stored there.
     *
     * @param replicaNumber 1 to 255
     */
    public Optional<StoreReq> replicaStore(ResourceId resource, int replicaNumber) {
        if (replicaNumber < 1 || replicaNumber > 255) {
            throw new IllegalArgumentException("a replica number is 1 to 255: " + replicaNumber);
        }
        KindTable table = kinds.get();
        List<StoreKindData> data = new ArrayList<>();
        synchronized (lock) {
            long now = clock.millis();
            new TreeMap<>(backend.getAll(resource)).forEach((kind, stored) -> {
                StoredKind live = stored.liveAt(now);
                if (table.find(kind).isPresent() && !live.isEmpty()) {
                    data.add(new StoreKindData(kind, live.generation(), live.asOf(now)));
                }
            });
        }
        return data.isEmpty() ? Optional.empty() : Optional.of(new StoreReq(resource, replicaNumber, data));
    }

    /** The unexpired values at {@code resource}, by kind (known or not). */
    public Map<KindId, StoredKind> storedAt(ResourceId resource) {
        Map<KindId, StoredKind> live = new TreeMap<>();
        synchronized (lock) {
            long now = clock.millis();
            backend.getAll(resource).forEach((kind, stored) -> {
                StoredKind k = stored.liveAt(now);
                if (!k.isEmpty()) {
                    live.put(kind, k);
                }
            });
        }
        return live;
    }

    /** Every Resource-ID holding something, ascending (expired values may still count until purged). */
    public List<ResourceId> storedResources() {
        synchronized (lock) {
            return backend.resources();
        }
    }

    /** Forgets everything at {@code resource}, once handed over to the peer now responsible. */
    public void drop(ResourceId resource) {
        synchronized (lock) {
            backend.removeAll(resource);
        }
    }

    /** Removes every expired value (7.4.1.3: "it is simply removed"); the number removed. */
    public long purgeExpired() {
        long removed = 0;
        synchronized (lock) {
            long now = clock.millis();
            for (ResourceId resource : backend.resources()) {
                Map<KindId, StoredKind> changed = new LinkedHashMap<>();
                for (Map.Entry<KindId, StoredKind> e : backend.getAll(resource).entrySet()) {
                    StoredKind live = e.getValue().liveAt(now);
                    if (live != e.getValue()) {
                        removed += e.getValue().values().size() - live.values().size();
                        changed.put(e.getKey(), live);
                    }
                }
                backend.putAll(resource, changed);
            }
        }
        return removed;
    }

    /** How many resources hold values, expired ones not yet purged included (for Probe, 6.4.2.5). */
    public int resourceCount() {
        synchronized (lock) {
            return backend.resourceCount();
        }
    }

    /** How many values are stored, expired ones not yet purged included. */
    public long valueCount() {
        synchronized (lock) {
            return backend.valueCount();
        }
    }

    private StoredKind liveAt(ResourceId resource, KindId kind, long now) {
        return backend.get(resource, kind).map(k -> k.liveAt(now)).orElse(StoredKind.NONE);
    }

    /** A non-zero generation counter differing from the stored one fails the request (7.4.1.1, 7.4.1.2). */
    private static void checkGenerations(StoreReq request, Map<KindId, StoredKind> current) throws StorageException {
        boolean stale = request.kindData().stream().anyMatch(d ->
                d.generationCounter() != 0 && d.generationCounter() != current.get(d.kind()).generation());
        if (stale) {
            throw StorageException.generationCounterTooLow(new StoreAns(request.kindData().stream()
                    .map(d -> new StoreKindResponse(d.kind(), current.get(d.kind()).generation(), List.of()))
                    .toList()));
        }
    }

    private long nextGeneration(long stored) {
        lastGeneration = (Long.compareUnsigned(stored, lastGeneration) > 0 ? stored : lastGeneration) + 1;
        return lastGeneration;
    }

    private List<Selection> select(ResourceId resource, List<StoredDataSpecifier> specifiers)
            throws StorageException {
        Map<KindId, ResolvedKind> resolved = kinds.get().resolveAll(
                specifiers.stream().map(StoredDataSpecifier::kind).toList());
        List<Selection> selections = new ArrayList<>();
        synchronized (lock) {
            long now = clock.millis();
            for (StoredDataSpecifier spec : specifiers) {
                StoredKind live = liveAt(resource, spec.kind(), now);
                List<StoredData> values = ValueSelector.select(spec,
                        resolved.get(spec.kind()).definition().dataModel(), live, now);
                selections.add(new Selection(spec.kind(), live.generation(), values));
            }
        }
        return selections;
    }

    /** The values of one specifier and the kind's generation counter. */
    private record Selection(KindId kind, long generation, List<StoredData> values) {
    }
}

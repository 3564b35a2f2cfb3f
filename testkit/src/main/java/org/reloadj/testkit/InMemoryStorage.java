package org.reloadj.testkit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;

/**
 * The values of the {@link InMemoryOverlay}s made on it, by Resource-ID and kind, kept as the data
 * models of RFC 6940, 7.2 say: a single value replaces the one before; an array entry replaces
 * the entry at its index, and index 0xffffffff appends (7.4.1.1); a dictionary entry replaces the
 * entry of its key. Deletions are kept as nonexistent values. Each store of a kind raises its
 * generation counter. Records the operations asked of it, and can be told to fail them.
 * Thread-safe (every access is synchronized), for components that store from their own threads.
 */
public final class InMemoryStorage {
    private static final int RESOURCE_ID_LENGTH = 16;

    private final TreeMap<ResourceId, Map<KindId, Kind>> resources = new TreeMap<>();
    private final List<String> operations = new ArrayList<>();
    private final Map<String, ErrorCode> failures = new HashMap<>();

    /** The values of one kind at one resource, in slot order, and the kind's generation counter. */
    private static final class Kind {
        private final Map<Slot, StoredValue> values = new LinkedHashMap<>();
        private long generation;
        private long arrayLength;
    }

    /** The Resource-ID of a Resource Name: SHA-1 truncated to 128 bits (RFC 6940, 10.2). */
    public static ResourceId sha1(Opaque resourceName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(resourceName.toByteArray());
            return ResourceId.of(Arrays.copyOf(digest, RESOURCE_ID_LENGTH));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    /** The operations asked so far ("store", "fetch", "find"), in order. */
    public synchronized List<String> operations() {
        return List.copyOf(operations);
    }

    /** Makes every later {@code operation} ("store", "fetch", "find") fail with {@code code}. */
    public synchronized void fail(String operation, ErrorCode code) {
        failures.put(operation, code);
    }

    /** The values of {@code kind} at {@code resource}, in slot order. */
    public synchronized List<StoredValue> values(ResourceId resource, KindId kind) {
        Kind k = resources.getOrDefault(resource, Map.of()).get(kind);
        return k == null ? List.of() : List.copyOf(k.values.values());
    }

    synchronized Optional<ReloadException> record(String operation) {
        operations.add(operation);
        ErrorCode code = failures.get(operation);
        return Optional.ofNullable(code).map(c -> new ReloadException(c, operation + " refused by the test"));
    }

    synchronized long put(ResourceId resource, KindId kind, List<StoredValue> values, StoredValue.Signer signer) {
        Kind k = resources.computeIfAbsent(resource, r -> new LinkedHashMap<>()).computeIfAbsent(kind, x -> new Kind());
        for (StoredValue v : values) {
            Slot slot = placed(k, v.slot());
            k.values.put(slot, new StoredValue(slot, v.exists(), v.value(), v.storageTime(), v.lifetime(),
                    Optional.of(signer)));
        }
        return ++k.generation;
    }

    private static Slot placed(Kind kind, Slot slot) {
        if (!(slot instanceof Slot.Index)) {
            return slot;
        }
        long index = ((Slot.Index) slot).index();
        if (index == Slot.APPEND) {
            index = kind.arrayLength;
        }
        kind.arrayLength = Math.max(kind.arrayLength, index + 1);
        return new Slot.Index(index);
    }

    synchronized KindValues get(ResourceId resource, Query query) {
        Kind k = resources.getOrDefault(resource, Map.of()).get(query.kind());
        if (k == null) {
            return new KindValues(query.kind(), 0, List.of());
        }
        List<StoredValue> selected = k.values.values().stream().filter(v -> selects(query, v.slot()))
                .sorted((a, b) -> Long.compare(indexOf(a.slot()), indexOf(b.slot()))).toList();
        return new KindValues(query.kind(), k.generation, selected);
    }

    private static boolean selects(Query query, Slot slot) {
        if (!query.ranges().isEmpty()) {
            long index = indexOf(slot);
            return query.ranges().stream().anyMatch(r -> index >= r.first() && index <= r.last());
        }
        if (!query.keys().isEmpty()) {
            return slot instanceof Slot.Key && query.keys().contains(((Slot.Key) slot).key());
        }
        return true;
    }

    private static long indexOf(Slot slot) {
        return slot instanceof Slot.Index ? ((Slot.Index) slot).index() : -1;
    }

    /** For each kind, the first Resource-ID at or after {@code from}, round the ring, holding a value of it. */
    synchronized Map<KindId, ResourceId> closest(ResourceId from, Set<KindId> kinds) {
        Map<KindId, ResourceId> found = new LinkedHashMap<>();
        List<ResourceId> ring = new ArrayList<>(resources.tailMap(from, true).keySet());
        ring.addAll(resources.headMap(from, false).keySet());
        for (KindId kind : kinds) {
            ring.stream().filter(r -> holds(r, kind)).findFirst().ifPresent(r -> found.put(kind, r));
        }
        return found;
    }

    private boolean holds(ResourceId resource, KindId kind) {
        Kind k = resources.get(resource).get(kind);
        return k != null && k.values.values().stream().anyMatch(StoredValue::exists);
    }
}

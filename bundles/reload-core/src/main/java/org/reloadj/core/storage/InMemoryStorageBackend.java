package org.reloadj.core.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;

/**
 * A {@link StorageBackend} in memory: maps by resource, and per kind a sorted set of the resources
 * holding it, for Find. Not thread-safe: the {@link StorageEngine} that owns it serialises access.
 */
public final class InMemoryStorageBackend implements StorageBackend {
    private final TreeMap<ResourceId, Map<KindId, StoredKind>> byResource = new TreeMap<>();
    private final Map<KindId, NavigableSet<ResourceId>> byKind = new HashMap<>();

    @Override
    public Optional<StoredKind> get(ResourceId resource, KindId kind) {
        return Optional.ofNullable(byResource.getOrDefault(resource, Map.of()).get(kind));
    }

    @Override
    public Map<KindId, StoredKind> getAll(ResourceId resource) {
        return Map.copyOf(byResource.getOrDefault(resource, Map.of()));
    }

    @Override
    public void putAll(ResourceId resource, Map<KindId, StoredKind> kinds) {
        kinds.forEach((kind, stored) -> {
            if (stored.isEmpty()) {
                remove(resource, kind);
            } else {
                byResource.computeIfAbsent(resource, r -> new HashMap<>()).put(kind, stored);
                byKind.computeIfAbsent(kind, k -> new TreeSet<>()).add(resource);
            }
        });
    }

    @Override
    public void remove(ResourceId resource, KindId kind) {
        Map<KindId, StoredKind> kinds = byResource.get(resource);
        if (kinds == null || kinds.remove(kind) == null) {
            return;
        }
        if (kinds.isEmpty()) {
            byResource.remove(resource);
        }
        NavigableSet<ResourceId> holders = byKind.get(kind);
        holders.remove(resource);
        if (holders.isEmpty()) {
            byKind.remove(kind);
        }
    }

    @Override
    public void removeAll(ResourceId resource) {
        for (KindId kind : List.copyOf(byResource.getOrDefault(resource, Map.of()).keySet())) {
            remove(resource, kind);
        }
    }

    @Override
    public Optional<ResourceId> next(KindId kind, ResourceId from, boolean inclusive) {
        NavigableSet<ResourceId> holders = byKind.get(kind);
        if (holders == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(inclusive ? holders.ceiling(from) : holders.higher(from));
    }

    @Override
    public List<ResourceId> resources() {
        return List.copyOf(byResource.keySet());
    }

    @Override
    public int resourceCount() {
        return byResource.size();
    }

    @Override
    public long valueCount() {
        return byResource.values().stream().flatMap(m -> m.values().stream())
                .mapToLong(k -> k.values().size()).sum();
    }
}

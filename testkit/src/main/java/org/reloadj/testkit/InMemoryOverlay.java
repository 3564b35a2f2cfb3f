package org.reloadj.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.reloadj.api.Identifier;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindMetadata;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.overlay.PingResult;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.StoreResult;
import org.reloadj.api.overlay.StoredValue;

/**
 * An {@link Overlay} without network, signatures or access control, for unit tests of usages:
 * every instance made on one {@link InMemoryStorage} sees the same values, as if one peer were
 * responsible for every Resource-ID. The storage honours the data models (RFC 6940, 7.2) and the
 * Find of 7.4.4; fetched values name the instance that stored them as their signer (7.1). Every
 * stage completes before the call returns. Stat and Ping are not offered.
 */
public final class InMemoryOverlay implements Overlay {
    /** The overlay name of every in-memory overlay. */
    public static final String OVERLAY = "overlay.example.org";

    private final InMemoryStorage storage;
    private final StoredValue.Signer signer;

    /** The node {@code nodeId} of {@code userName} on {@code storage}. */
    public InMemoryOverlay(InMemoryStorage storage, NodeId nodeId, String userName) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.signer = new StoredValue.Signer(userName, nodeId);
    }

    @Override
    public String overlayName() {
        return OVERLAY;
    }

    @Override
    public NodeId localNodeId() {
        return signer.nodeId();
    }

    /** SHA-1 truncated to 16 bytes, the hash of CHORD-RELOAD (10.2). */
    @Override
    public ResourceId resourceId(Opaque resourceName) {
        return InMemoryStorage.sha1(resourceName);
    }

    @Override
    public CompletionStage<List<StoreResult>> store(ResourceId resource, List<KindValues> values) {
        return answer("store", () -> {
            List<StoreResult> results = new ArrayList<>();
            for (KindValues kind : values) {
                results.add(new StoreResult(kind.kind(), storage.put(resource, kind.kind(), kind.values(), signer),
                        List.of()));
            }
            return results;
        });
    }

    @Override
    public CompletionStage<List<KindValues>> fetch(ResourceId resource, List<Query> queries) {
        return answer("fetch", () -> queries.stream().map(q -> storage.get(resource, q)).toList());
    }

    @Override
    public CompletionStage<List<KindMetadata>> stat(ResourceId resource, List<Query> queries) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("no Stat in memory"));
    }

    @Override
    public CompletionStage<Map<KindId, ResourceId>> find(ResourceId resource, Set<KindId> kinds) {
        return answer("find", () -> storage.closest(resource, kinds));
    }

    @Override
    public CompletionStage<PingResult> ping(Identifier<?> destination) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("no Ping in memory"));
    }

    private <T> CompletionStage<T> answer(String operation, Supplier<T> result) {
        Optional<ReloadException> failure = storage.record(operation);
        return failure.isPresent() ? CompletableFuture.failedFuture(failure.get())
                : CompletableFuture.completedFuture(result.get());
    }
}

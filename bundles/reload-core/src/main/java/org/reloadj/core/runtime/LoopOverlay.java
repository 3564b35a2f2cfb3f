package org.reloadj.core.runtime;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reloadj.api.Identifier;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindMetadata;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.overlay.PingResult;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.StoreResult;
import org.reloadj.core.time.EventLoopScheduler;

/**
 * A node's {@link Overlay} for callers on any thread: each operation runs on the node's event
 * loop, where the node's own Overlay must be called, and its stage completes off the loop, so
 * that a caller that waits for it, or calls again from its callback, never holds the node up.
 */
final class LoopOverlay implements Overlay {
    private final Overlay node;
    private final EventLoopScheduler loop;

    LoopOverlay(Overlay node, EventLoopScheduler loop) {
        this.node = node;
        this.loop = loop;
    }

    private <T> CompletionStage<T> onLoop(Supplier<? extends CompletionStage<T>> call) {
        CompletableFuture<T> result = loop.call(call);
        return result.thenApplyAsync(Function.identity(), Callbacks.executor());
    }

    @Override
    public String overlayName() {
        return node.overlayName();
    }

    @Override
    public NodeId localNodeId() {
        return node.localNodeId();
    }

    /** The topology's hash; a pure function of the name, computed on the caller's thread. */
    @Override
    public ResourceId resourceId(Opaque resourceName) {
        return node.resourceId(resourceName);
    }

    @Override
    public CompletionStage<List<StoreResult>> store(ResourceId resource, List<KindValues> values) {
        return onLoop(() -> node.store(resource, values));
    }

    @Override
    public CompletionStage<List<KindValues>> fetch(ResourceId resource, List<Query> queries) {
        return onLoop(() -> node.fetch(resource, queries));
    }

    @Override
    public CompletionStage<List<KindMetadata>> stat(ResourceId resource, List<Query> queries) {
        return onLoop(() -> node.stat(resource, queries));
    }

    @Override
    public CompletionStage<Map<KindId, ResourceId>> find(ResourceId resource, Set<KindId> kinds) {
        return onLoop(() -> node.find(resource, kinds));
    }

    @Override
    public CompletionStage<PingResult> ping(Identifier<?> destination) {
        return onLoop(() -> node.ping(destination));
    }

    @Override
    public String toString() {
        return "Overlay " + overlayName() + " of node " + localNodeId();
    }
}

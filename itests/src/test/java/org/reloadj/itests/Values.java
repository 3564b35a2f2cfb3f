package org.reloadj.itests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;

/** Single values stored and fetched through a node's Overlay, waiting a bounded time. */
final class Values {
    private Values() {
    }

    /** Stores {@code text} as the single value of {@code kind} at the resource named {@code name}. */
    static void store(Overlay overlay, KindId kind, String name, String text) throws Exception {
        get(storing(overlay, kind, name, text));
    }

    /** The store of {@code text}, as the single value of {@code kind} at the resource named {@code name}. */
    static CompletionStage<?> storing(Overlay overlay, KindId kind, String name, String text) {
        StoredValue value = StoredValue.of(Slot.SINGLE, Opaque.utf8(text), Instant.now(), Duration.ofHours(1));
        return overlay.store(overlay.resourceId(Opaque.utf8(name)), List.of(new KindValues(kind, 0, List.of(value))));
    }

    /** The single value of {@code kind} at the resource named {@code name}, as text. */
    static Optional<String> fetch(Overlay overlay, KindId kind, String name) throws Exception {
        List<KindValues> found = get(overlay.fetch(overlay.resourceId(Opaque.utf8(name)), List.of(Query.all(kind))));
        return found.stream().flatMap(k -> k.values().stream()).filter(StoredValue::exists).findFirst()
                .map(v -> v.value().toUtf8());
    }

    /** The error code a stage fails with. */
    static ErrorCode failure(CompletionStage<?> stage) throws Exception {
        try {
            get(stage);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReloadException r) {
                return r.errorCode();
            }
            throw e;
        }
        throw new AssertionError("the stage did not fail");
    }

    static <T> T get(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(TestOverlay.PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
}

package org.reloadj.example.note;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;

/**
 * {@link Notes} on one node's {@link Overlay}: a note is the single value of kind EXAMPLE-NOTE at
 * the Resource-ID of its author's user name (USER-MATCH, RFC 6940, 7.3.1), living a week.
 */
public final class OverlayNotes implements Notes {
    /** How long a note lives. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    private final Overlay overlay;
    private final String userName;
    private final Clock clock;

    /** Notes of the user {@code userName} (the node's certificate's) on {@code overlay}. */
    public OverlayNotes(Overlay overlay, String userName, Clock clock) {
        this.overlay = Objects.requireNonNull(overlay, "overlay");
        this.userName = Objects.requireNonNull(userName, "userName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Void> write(String text) {
        StoredValue value = StoredValue.of(Slot.SINGLE, Opaque.utf8(text), clock.instant(), LIFETIME);
        return overlay.store(resourceOf(userName),
                List.of(new KindValues(ExampleNoteUsage.EXAMPLE_NOTE.id(), 0, List.of(value)))).thenApply(r -> null);
    }

    @Override
    public CompletionStage<Optional<Note>> read(String author) {
        return overlay.fetch(resourceOf(author), List.of(Query.all(ExampleNoteUsage.EXAMPLE_NOTE.id())))
                .thenApply(results -> results.stream().flatMap(r -> r.values().stream()).filter(StoredValue::exists)
                        .findFirst().map(v -> new Note(author, v.value().toUtf8(), v.storageTime())));
    }

    private ResourceId resourceOf(String user) {
        return overlay.resourceId(Opaque.utf8(user));
    }
}

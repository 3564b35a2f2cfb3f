package org.reloadj.example.note.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.reloadj.api.node.OverlayNode;
import org.reloadj.example.note.Note;
import org.reloadj.example.note.Notes;
import org.reloadj.example.note.OverlayNotes;

/**
 * The {@link Notes} service on the node running in the framework: it follows the node's
 * {@link OverlayNode} service (dynamic, greedy: a node that comes later, or a new one, is taken
 * at once); without a node, the stages fail with IllegalStateException.
 */
@Component(service = Notes.class)
public final class NotesComponent implements Notes {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OverlayNode node;

    /** The component. */
    public NotesComponent() {
        // made by the component runtime
    }

    @Override
    public CompletionStage<Void> write(String text) {
        return withNotes(n -> n.write(text));
    }

    @Override
    public CompletionStage<Optional<Note>> read(String userName) {
        return withNotes(n -> n.read(userName));
    }

    private <T> CompletionStage<T> withNotes(Function<Notes, CompletionStage<T>> call) {
        OverlayNode current = node;
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no node runs"));
        }
        return call.apply(new OverlayNotes(current.overlay(), current.status().userName(), Clock.systemUTC()));
    }
}

package org.reloadj.example.note;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Notes in the overlay, typed: applications write their user's note and read anyone's, without
 * knowing Kind-IDs, Resource-IDs or data models. Failures complete the stages with the
 * overlay's {@link org.reloadj.api.ReloadException} (Error_Forbidden, Error_Unknown_Kind, ...).
 */
@ProviderType
public interface Notes {
    /** Writes (replaces) this node's user's note. */
    CompletionStage<Void> write(String text);

    /** The note of {@code userName}, if there is one. */
    CompletionStage<Optional<Note>> read(String userName);
}

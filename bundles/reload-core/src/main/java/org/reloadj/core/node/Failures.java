package org.reloadj.core.node;

import java.util.concurrent.CompletionException;

/** The failures of completion stages, as the node's code handles them. */
public final class Failures {
    private Failures() {
    }

    /**
     * What a stage failed with: the cause of the {@link CompletionException} a dependent stage
     * wraps it in, or {@code failure} itself.
     */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}

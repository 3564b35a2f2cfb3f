package org.reloadj.topology.chord;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.Cancellable;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;
import org.reloadj.api.topology.TopologyContext;

/** Helpers for the stages the node's services return, on the node's own (maybe virtual) clock. */
final class Stages {
    private Stages() {
    }

    /**
     * {@code stage}, or a failure with Error_Request_Timeout when it has not completed within
     * {@code limit} of the node's clock.
     */
    static <T> CompletionStage<T> within(TopologyContext context, Duration limit, CompletionStage<T> stage,
            String what) {
        CompletableFuture<T> out = new CompletableFuture<>();
        Cancellable timer = context.schedule(limit, () -> out.completeExceptionally(
                new ReloadException(ErrorCode.ERROR_REQUEST_TIMEOUT, what + " took longer than " + limit)));
        stage.whenComplete((value, failure) -> {
            timer.cancel();
            if (failure != null) {
                out.completeExceptionally(failure);
            } else {
                out.complete(value);
            }
        });
        return out;
    }

    /** A stage that completes once every one of {@code stages} has completed, well or not. */
    static CompletionStage<Void> allSettled(Collection<? extends CompletionStage<?>> stages) {
        return CompletableFuture.allOf(stages.stream()
                .map(s -> s.handle((v, e) -> null).toCompletableFuture())
                .toArray(CompletableFuture[]::new));
    }

    /** The RELOAD error code a failed stage carries, if it is a {@link ReloadException}. */
    static Optional<ErrorCode> errorOf(Throwable failure) {
        return unwrap(failure) instanceof ReloadException r ? Optional.of(r.errorCode()) : Optional.empty();
    }

    /** The cause of a failed stage, without the {@link CompletionException}s around it. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}

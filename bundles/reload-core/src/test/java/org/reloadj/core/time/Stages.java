package org.reloadj.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.ReloadException;

/** Runs a virtual scheduler until a stage completes, for tests: bounded, never sleeping. */
public final class Stages {
    private static final int MAX_TASKS = 1_000_000;

    private Stages() {
    }

    /** Runs {@code scheduler} until {@code stage} completes or no task is left; fails if it never does. */
    public static <T> CompletableFuture<T> run(VirtualScheduler scheduler, CompletionStage<T> stage) {
        CompletableFuture<T> f = stage.toCompletableFuture();
        for (int i = 0; i < MAX_TASKS && !f.isDone(); i++) {
            if (scheduler.runUntilIdle(1) == 0 && scheduler.pending() == 0) {
                break;
            }
        }
        assertThat(f).as("completed").isDone();
        return f;
    }

    /** Runs {@code scheduler} until {@code stage} fails; returns the RELOAD failure. */
    public static ReloadException failure(VirtualScheduler scheduler, CompletionStage<?> stage) {
        CompletableFuture<?> f = run(scheduler, stage);
        assertThat(f).isCompletedExceptionally();
        try {
            f.join();
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(ReloadException.class);
            return (ReloadException) e.getCause();
        }
        throw new AssertionError("not failed");
    }
}

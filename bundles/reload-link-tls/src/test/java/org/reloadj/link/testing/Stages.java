package org.reloadj.link.testing;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Waiting for stages in link tests, never without a bound. */
public final class Stages {
    private Stages() {
    }

    /** The stage's value, waiting at most {@code wait}. */
    public static <T> T join(CompletionStage<T> stage, Duration wait) throws Exception {
        return stage.toCompletableFuture().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Why the stage failed, waiting at most {@code wait}; an AssertionError when it did not. */
    public static Throwable failure(CompletionStage<?> stage, Duration wait) {
        try {
            join(stage, wait);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the stage did not fail");
    }
}

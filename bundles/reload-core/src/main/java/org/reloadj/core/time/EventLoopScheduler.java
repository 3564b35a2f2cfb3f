package org.reloadj.core.time;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A node's event loop on real time: one thread runs its tasks, in order, and its timers. The
 * scheduler of a node on real links (with {@link org.reloadj.core.net.SerialLinkProvider} putting
 * the links' callbacks on the same thread). A task that throws is reported to the thread's
 * uncaught-exception handler and the loop goes on.
 */
public final class EventLoopScheduler implements Scheduler, Executor, AutoCloseable {
    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor;

    /** A loop on a daemon thread named {@code name}, on the system clock. */
    public EventLoopScheduler(String name) {
        this(name, Clock.systemUTC());
    }

    /** A loop on a daemon thread named {@code name}, whose {@link #clock()} is {@code clock}. */
    public EventLoopScheduler(String name, Clock clock) {
        this.clock = clock;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> f = executor.schedule(guarded(task), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(guarded(task));
    }

    /** Runs {@code action} on the loop; the result completes as the stage it returns does. */
    public <T> CompletableFuture<T> call(Supplier<? extends CompletionStage<T>> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(() -> {
            try {
                action.get().whenComplete((value, failure) -> {
                    if (failure != null) {
                        result.completeExceptionally(failure);
                    } else {
                        result.complete(value);
                    }
                });
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Stops the loop; pending tasks are dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        };
    }
}

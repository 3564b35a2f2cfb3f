package org.reloadj.core.time;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A node's event loop on real time: one thread runs its tasks, in order, and its timers. The
 * scheduler of a node on real links (with {@link org.reloadj.core.net.SerialLinkProvider} putting
 * the links' callbacks on the same thread). A task that throws is reported to the thread's
 * uncaught-exception handler and the loop goes on.
 *
 * <p>The thread is either the loop's own or one it shares ({@link #on}): the I/O thread of the
 * node's links, so that a message read from a link is handled, and the messages it causes are
 * written, without waking another thread. Once {@link #close closed}, the loop runs nothing more,
 * silently: tasks still queued or arriving from links late are dropped, timers are cancelled.
 */
public final class EventLoopScheduler implements Scheduler, Executor, AutoCloseable {
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final boolean owned;
    /** The pending timers on a shared thread, cancelled on close (an own thread drops them itself). */
    private final Set<ScheduledFuture<?>> timers = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private volatile Thread thread;

    private EventLoopScheduler(Clock clock, ScheduledExecutorService executor, boolean owned) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.owned = owned;
    }

    /** A loop on a daemon thread named {@code name}, on the system clock. */
    public EventLoopScheduler(String name) {
        this(name, Clock.systemUTC());
    }

    /** A loop on a daemon thread named {@code name}, whose {@link #clock()} is {@code clock}. */
    public EventLoopScheduler(String name, Clock clock) {
        this(clock, ownThread(name), true);
    }

    /**
     * A loop running on {@code thread}, a single-threaded executor owned by someone else (such as
     * a link provider's I/O thread, {@link org.reloadj.api.link.OverlayLinkProvider#ioExecutor}),
     * which {@link #close()} leaves running.
     */
    public static EventLoopScheduler on(ScheduledExecutorService thread, Clock clock) {
        return new EventLoopScheduler(clock, thread, false);
    }

    private static ScheduledExecutorService ownThread(String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        if (closed) {
            return () -> { };
        }
        long nanos = Math.max(0, delay.toNanos());
        try {
            if (owned) {
                // shutting the own thread down drops its timers: nothing to remember
                ScheduledFuture<?> f = executor.schedule(() -> runGuarded(task), nanos, TimeUnit.NANOSECONDS);
                return () -> f.cancel(false);
            }
            TimerTask timer = new TimerTask(task);
            timer.future = executor.schedule(timer, nanos, TimeUnit.NANOSECONDS);
            timers.add(timer.future);
            if (timer.future.isDone()) {
                timers.remove(timer.future);
            }
            return timer::cancel;
        } catch (RejectedExecutionException e) {
            return rejected(e);
        }
    }

    @Override
    public void execute(Runnable task) {
        if (closed) {
            return;
        }
        try {
            executor.execute(() -> runGuarded(task));
        } catch (RejectedExecutionException e) {
            rejected(e);
        }
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

    /**
     * Whether the calling thread is the loop's: a caller there must not wait for a task it gives
     * the loop, which would run only after the caller returns.
     */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Stops the loop: pending tasks and timers are dropped, and its own thread (not a shared one)
     * ends.
     */
    @Override
    public void close() {
        closed = true;
        for (ScheduledFuture<?> timer : timers) {
            timer.cancel(false);
        }
        timers.clear();
        if (owned) {
            executor.shutdownNow();
        }
    }

    /** A task refused by an executor that shut down: expected once closed, a fault before. */
    private Timer rejected(RejectedExecutionException e) {
        if (!closed) {
            throw e;
        }
        return () -> { };
    }

    private void runGuarded(Runnable task) {
        if (closed) {
            return;
        }
        if (thread == null) {
            thread = Thread.currentThread();
        }
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }

    /** A task scheduled on a shared thread, which forgets its future once it ran or was cancelled. */
    private final class TimerTask implements Runnable {
        private final Runnable task;
        private volatile ScheduledFuture<?> future;

        TimerTask(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            ScheduledFuture<?> f = future;
            if (f != null) {
                timers.remove(f);
            }
            runGuarded(task);
        }

        void cancel() {
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
                timers.remove(f);
            }
        }
    }
}

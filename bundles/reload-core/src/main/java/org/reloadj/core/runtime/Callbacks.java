package org.reloadj.core.runtime;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the stages a running node hands to applications complete: off the node's event loop, so
 * that a caller waiting for one, or calling the node again from its callback, never holds the node
 * up; and on threads that are kept and reused. (With fewer than three processors the JDK's default
 * for {@code thenApplyAsync} is a new thread per task, which on a node's I/O thread cost more than
 * the RELOAD message itself.) A callback may block: it holds up only its own thread.
 */
final class Callbacks {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reloadj-callback-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Callbacks() {
    }

    /** The executor completing the stages of {@link RunningNode} and its overlay. */
    static Executor executor() {
        return THREADS;
    }
}

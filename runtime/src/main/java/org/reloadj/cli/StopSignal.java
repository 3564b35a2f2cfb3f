package org.reloadj.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * When a long-running command (a server) is to stop: on the JVM's shutdown (SIGTERM, Ctrl-C) or
 * when a test says so. The shutdown hook waits, for a few seconds at most, until the command has
 * closed what it opened, so that a stop is clean.
 */
public final class StopSignal {
    private static final long CLEAN_UP_SECONDS = 10;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    /** A signal that only {@link #stop()} raises. */
    public StopSignal() {
    }

    /** A signal raised when the JVM shuts down. */
    public static StopSignal onShutdown() {
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(new Thread(signal::stopAndAwaitDone, "reloadj-shutdown"));
        return signal;
    }

    /** Asks the command to stop. */
    public void stop() {
        stop.countDown();
    }

    /** Waits until asked to stop. */
    public void awaitStop() throws InterruptedException {
        stop.await();
    }

    /** Says the command has cleaned up and the JVM may go. */
    public void done() {
        done.countDown();
    }

    private void stopAndAwaitDone() {
        stop();
        try {
            done.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

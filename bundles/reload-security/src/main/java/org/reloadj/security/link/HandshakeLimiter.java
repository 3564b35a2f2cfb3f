package org.reloadj.security.link;

import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the TLS or DTLS handshakes in progress, in all and from one source address, so that a
 * flood of opened-but-never-finished handshakes costs a node a bounded amount of memory and CPU
 * (RFC 6940, 13.7 asks nodes to resist such denial of service). A handshake holds a
 * {@link Permit} until it ends either way. Thread-safe.
 */
public final class HandshakeLimiter {
    private final int maxTotal;
    private final int maxPerSource;
    private final AtomicInteger total = new AtomicInteger();
    private final ConcurrentHashMap<InetAddress, Integer> bySource = new ConcurrentHashMap<>();

    /** At most {@code maxTotal} handshakes at once, {@code maxPerSource} of them from one address. */
    public HandshakeLimiter(int maxTotal, int maxPerSource) {
        if (maxTotal < 1 || maxPerSource < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxTotal + ", " + maxPerSource);
        }
        this.maxTotal = maxTotal;
        this.maxPerSource = maxPerSource;
    }

    /** A permit for one more handshake with {@code source}, or empty when a limit is reached. */
    public Optional<Permit> tryAcquire(InetAddress source) {
        if (total.incrementAndGet() > maxTotal) {
            total.decrementAndGet();
            return Optional.empty();
        }
        boolean[] admitted = {false};
        bySource.compute(source, (s, n) -> {
            int count = n == null ? 0 : n;
            admitted[0] = count < maxPerSource;
            return admitted[0] ? count + 1 : n;
        });
        if (!admitted[0]) {
            total.decrementAndGet();
            return Optional.empty();
        }
        return Optional.of(new Permit(source));
    }

    /** The handshakes in progress. */
    public int inProgress() {
        return total.get();
    }

    /** One handshake's place; closing it (once, or more often harmlessly) frees the place. */
    public final class Permit implements AutoCloseable {
        private final InetAddress source;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(InetAddress source) {
            this.source = source;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                bySource.computeIfPresent(source, (s, n) -> n <= 1 ? null : n - 1);
                total.decrementAndGet();
            }
        }
    }
}

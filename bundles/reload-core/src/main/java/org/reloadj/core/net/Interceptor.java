package org.reloadj.core.net;

import java.util.Optional;

/**
 * Looks at every frame the {@link InMemoryNetwork} carries, for tests: passes it on, changes it,
 * or drops it (to test retransmission, timeouts and tampering).
 */
@FunctionalInterface
public interface Interceptor {
    /** Passes every frame on unchanged. */
    Interceptor PASS = frame -> Optional.of(frame.bytes());

    /** The bytes to deliver instead of {@code frame}'s; empty to drop the frame. */
    Optional<byte[]> onFrame(Frame frame);
}

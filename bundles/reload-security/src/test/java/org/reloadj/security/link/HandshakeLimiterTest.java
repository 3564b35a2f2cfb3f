package org.reloadj.security.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandshakeLimiterTest {
    private static final InetAddress A = InetAddress.getLoopbackAddress();

    private static InetAddress other() throws Exception {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
    }

    @Test
    void refuses_a_handshake_beyond_the_limit_per_source() throws Exception {
        HandshakeLimiter limiter = new HandshakeLimiter(10, 2);
        assertThat(limiter.tryAcquire(A)).isPresent();
        assertThat(limiter.tryAcquire(A)).isPresent();
        assertThat(limiter.tryAcquire(A)).isEmpty();
        assertThat(limiter.tryAcquire(other())).isPresent();
        assertThat(limiter.inProgress()).isEqualTo(3);
    }

    @Test
    void refuses_a_handshake_beyond_the_total() throws Exception {
        HandshakeLimiter limiter = new HandshakeLimiter(1, 5);
        assertThat(limiter.tryAcquire(A)).isPresent();
        assertThat(limiter.tryAcquire(other())).isEmpty();
        assertThat(limiter.inProgress()).isEqualTo(1);
    }

    @Test
    void a_closed_permit_frees_its_place_once() {
        HandshakeLimiter limiter = new HandshakeLimiter(1, 1);
        Optional<HandshakeLimiter.Permit> permit = limiter.tryAcquire(A);
        permit.orElseThrow().close();
        permit.orElseThrow().close();
        assertThat(limiter.inProgress()).isZero();
        assertThat(limiter.tryAcquire(A)).isPresent();
        assertThat(limiter.tryAcquire(A)).isEmpty();
    }
}

package org.reloadj.usage.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.testkit.NodeRing;

/** The TURN Server usage on peers that joined with CHORD-RELOAD (RFC 6940, 9, 10.5). */
class TurnServersChordTest {
    private static final InetSocketAddress COTURN = new InetSocketAddress("2001:db8::3", 3478);

    @Test
    void a_turn_server_advertised_after_joining_is_discovered_by_every_other_peer() {
        NodeRing ring = new NodeRing(NodeRing.Joining.CHORD, 4, List.of(new TurnServiceUsage()),
                b -> b.turnDensity(4), id -> CertificateSource.none());
        TurnSettings settings = TurnSettings.defaults().withTurnDensity(ring.configuration().turnDensity());
        ring.await(new OverlayTurnServers(ring.overlay(2), settings, ring.clock(), new SplittableRandom(2))
                .advertise(COTURN));

        for (int seeker : new int[] {0, 1, 3}) {
            TurnServers servers = new OverlayTurnServers(ring.overlay(seeker), settings, ring.clock(),
                    new SplittableRandom(seeker));
            assertThat(ring.await(servers.discover())).as("found by %d", seeker).hasValueSatisfying(s -> {
                assertThat(s.address()).isEqualTo(COTURN);
                assertThat(s.advertiser()).isEqualTo(ring.nodeId(2));
            });
        }
    }
}

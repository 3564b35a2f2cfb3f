package org.reloadj.link.tls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reloadj.link.testing.LinkOverlay;
import org.reloadj.link.testing.TestIdentities;

class TlsOverlayTest {

    @Test
    void nodes_bootstrap_over_tls_and_ping_each_other_both_ways() throws Exception {
        TestIdentities pki = new TestIdentities();
        try (TlsLinkProvider provider = new TlsLinkProvider(TestIdentities.authentication(),
                TlsLinkSettings.defaults(5000), 2); LinkOverlay overlay = new LinkOverlay(4, provider, pki)) {
            assertThat(overlay.join()).containsExactly(overlay.id(2), overlay.id(3), overlay.id(0));
            for (int from = 0; from < overlay.size(); from++) {
                for (int to = 0; to < overlay.size(); to++) {
                    int source = from;
                    int target = to;
                    assertThat(overlay.on(source, () -> overlay.node(source).ping(overlay.id(target))).responder())
                            .isEqualTo(overlay.id(target));
                }
            }
            assertThat(overlay.on(0, () -> java.util.concurrent.CompletableFuture.completedFuture(
                    overlay.node(0).connectedPeers()))).containsExactlyInAnyOrder(overlay.id(1), overlay.id(2),
                            overlay.id(3));
        }
    }
}

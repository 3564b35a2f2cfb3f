package org.reloadj.link.dtls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reloadj.link.testing.LinkOverlay;
import org.reloadj.link.testing.TestIdentities;

class DtlsOverlayTest {

    @Test
    void nodes_bootstrap_over_dtls_with_loss_and_ping_each_other_both_ways() throws Exception {
        TestIdentities pki = new TestIdentities();
        DtlsLinkSettings lossy = DtlsLinkSettings.defaults().withLoss(DatagramLoss.random(0.05, 42));
        try (DtlsLinkProvider provider = new DtlsLinkProvider(TestIdentities.authentication(), lossy, 2);
                LinkOverlay overlay = new LinkOverlay(4, provider, pki)) {
            assertThat(overlay.join()).containsExactly(overlay.id(2), overlay.id(3), overlay.id(0));
            overlay.pingEveryPair();
        }
    }
}

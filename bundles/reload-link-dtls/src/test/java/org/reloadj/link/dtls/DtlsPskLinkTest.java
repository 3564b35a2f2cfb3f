package org.reloadj.link.dtls;

import java.time.Duration;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.link.testing.PskLinkContract;
import org.reloadj.link.testing.TestIdentities;

/**
 * DTLS-PSK over UDP (RFC 6940, 4.1.1, 6.6.4). DTLS discards records it cannot authenticate, so a
 * peer with another key is refused by the handshake timeout: 3 s here.
 */
class DtlsPskLinkTest extends PskLinkContract {
    @Override
    protected OverlayLinkProvider newProvider() {
        DtlsLinkSettings d = DtlsLinkSettings.defaults();
        return new DtlsLinkProvider(TestIdentities.authentication(), new DtlsLinkSettings(OverlayLinkType.DTLS_UDP_SR_NO_ICE,
                d.datagramSize(), Duration.ofSeconds(3), d.maxHandshakes(), d.maxHandshakesPerSource(),
                d.maxQueuedMessages(), d.initialRto(), d.minRto(), d.maxTransmissions(), d.ackGap(), d.loss()), 2);
    }
}

package org.reloadj.cli.node;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.core.runtime.RunningNode;
import org.reloadj.link.dtls.DtlsLinkProvider;
import org.reloadj.link.dtls.DtlsLinkSettings;
import org.reloadj.link.tls.TlsLinkProvider;
import org.reloadj.link.tls.TlsLinkSettings;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.link.LinkAuthentication;

/**
 * An overlay whose configuration holds a shared-secret (RFC 6940, 4.1.1, 11.1, 13.4): every
 * {@link RunningNode} derives the TLS-PSK key from it, its links use TLS-PSK or DTLS-PSK, and the
 * peers join, store and fetch. The links check certificates ten years ahead, when every node
 * certificate has expired: a link that fell back to certificates would be refused, so the overlay
 * forms only over PSK links. Messages are still signed and checked with the certificates now.
 */
class SharedSecretOverlayTest {
    private static final String SECRET = "c2hhcmVkLXNlY3JldC1vdmVybGF5LXRlc3QtMzJi";
    private static final LinkAuthentication CERTIFICATES_EXPIRED = new LinkAuthentication(16,
            SelfSignedPolicy.forbidden(), Clock.offset(Clock.systemUTC(), Duration.ofDays(3650)));

    @Test
    void peers_join_store_and_fetch_over_tls_psk_links() throws Exception {
        storeAndFetch(new TlsLinkProvider(CERTIFICATES_EXPIRED, TlsLinkSettings.defaults(5000), 2), "TLS-TCP-FH-NO-ICE");
    }

    @Test
    void peers_join_store_and_fetch_over_dtls_psk_links() throws Exception {
        storeAndFetch(new DtlsLinkProvider(CERTIFICATES_EXPIRED, DtlsLinkSettings.defaults(), 2), "DTLS-UDP-SR-NO-ICE");
    }

    private static void storeAndFetch(OverlayLinkProvider links, String linkType) throws Exception {
        try (PeerRing ring = new PeerRing(3, Optional.of(SECRET), links, linkType)) {
            for (int i = 0; i < 3; i++) {
                PeerRing.store(ring.nodes.get(i).overlay(), ring.users.get(i), "note " + i);
            }
            for (RunningNode node : ring.nodes) {
                for (int i = 0; i < 3; i++) {
                    int owner = i;
                    await().atMost(PeerRing.PATIENCE).ignoreExceptions().until(() -> PeerRing.fetch(node.overlay(),
                            ring.users.get(owner)).equals(Optional.of("note " + owner)));
                }
            }
        }
    }
}

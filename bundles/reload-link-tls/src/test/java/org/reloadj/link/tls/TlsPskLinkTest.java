package org.reloadj.link.tls;

import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.link.testing.PskLinkContract;
import org.reloadj.link.testing.TestIdentities;

/** TLS-PSK over TCP (RFC 6940, 4.1.1, 6.6.5): Bouncy Castle's non-blocking TLS 1.2 in Netty. */
class TlsPskLinkTest extends PskLinkContract {
    @Override
    protected OverlayLinkProvider newProvider() {
        return new TlsLinkProvider(TestIdentities.authentication(), TlsLinkSettings.defaults(5000), 2);
    }
}

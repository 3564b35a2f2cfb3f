package org.reloadj.cli.client;

import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.link.dtls.DtlsLinkProvider;
import org.reloadj.link.dtls.DtlsLinkSettings;
import org.reloadj.link.tls.TlsLinkProvider;
import org.reloadj.link.tls.TlsLinkSettings;
import org.reloadj.security.link.LinkAuthentication;

/**
 * The link provider of an overlay link type, made directly (no framework): TLS-TCP-FH-NO-ICE or
 * DTLS-UDP-SR-NO-ICE (RFC 6940, 6.6), authenticating peers as the overlay's configuration says.
 */
final class PlainLinks {
    private PlainLinks() {
    }

    /** A provider of {@code linkType} for the overlay of {@code configuration}, with one I/O thread. */
    static OverlayLinkProvider of(String linkType, OverlayConfiguration configuration) {
        LinkAuthentication authentication = LinkAuthentication.of(configuration.nodeIdLength());
        if (OverlayLinkType.DTLS_UDP_SR_NO_ICE.rfcName().equals(linkType)) {
            return new DtlsLinkProvider(authentication, DtlsLinkSettings.defaults(), 1);
        }
        if (OverlayLinkType.TLS_TCP_FH_NO_ICE.rfcName().equals(linkType)) {
            return new TlsLinkProvider(authentication,
                    TlsLinkSettings.defaults((int) Math.min(Integer.MAX_VALUE, configuration.maxMessageSize())), 1);
        }
        throw new IllegalArgumentException("no link provider of type " + linkType);
    }

    /** Closes {@code provider} when it holds threads. */
    static void close(OverlayLinkProvider provider) {
        if (provider instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.getLogger("org.reloadj.cli").log(System.Logger.Level.DEBUG, "closing the links", e);
            }
        }
    }
}

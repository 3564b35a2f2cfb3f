package org.reloadj.core.runtime;

import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.config.OverlayConfiguration;

/**
 * The overlay link type a node uses (RFC 6940, 14.10), from its configuration's first
 * {@code overlay-link-protocol} (11.1): TLS is TLS-TCP-FH-NO-ICE, DTLS is DTLS-UDP-SR-NO-ICE
 * (ReloadJ's links attach without ICE).
 */
public final class LinkTypes {
    private LinkTypes() {
    }

    /** The link type of {@code configuration}, or {@code override} when it is not blank. */
    public static String of(OverlayConfiguration configuration, String override) {
        if (override != null && !override.isBlank()) {
            return override.strip();
        }
        String protocol = configuration.overlayLinkProtocols().isEmpty() ? OverlayConfiguration.DEFAULT_OVERLAY_LINK_PROTOCOL
                : configuration.overlayLinkProtocols().get(0);
        return "DTLS".equalsIgnoreCase(protocol) ? OverlayLinkType.DTLS_UDP_SR_NO_ICE.rfcName()
                : OverlayLinkType.TLS_TCP_FH_NO_ICE.rfcName();
    }
}

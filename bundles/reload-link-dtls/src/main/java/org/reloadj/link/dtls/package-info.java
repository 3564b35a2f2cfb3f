/**
 * The DTLS-UDP-SR and DTLS-UDP-SR-NO-ICE overlay links (RFC 6940, 6.6.3, 6.6.4, 6.6.6) over Netty
 * UDP and Bouncy Castle's DTLS 1.2, with the framing header and simple reliability. An
 * implementation of {@link org.reloadj.api.link.OverlayLinkProvider}; nothing here is exported.
 */
package org.reloadj.link.dtls;

/**
 * The TLS-TCP-FH-NO-ICE overlay link (RFC 6940, 6.6.2 and 6.6.5) over Netty: TCP, TLS 1.3 or 1.2
 * with mutual certificate authentication, and the framing header with acks and an RTT estimate.
 * An implementation of {@link org.reloadj.api.link.OverlayLinkProvider}, registered as a service;
 * nothing here is exported.
 */
package org.reloadj.link.tls;

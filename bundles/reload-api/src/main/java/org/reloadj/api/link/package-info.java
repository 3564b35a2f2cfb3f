/**
 * The overlay link SPI (RFC 6940, 1.2.5 and 6.6): a provider opens and accepts links of one
 * overlay link type (TLS-TCP-FH-NO-ICE, DTLS-UDP-SR, ..., or an in-memory network for tests) and
 * carries whole RELOAD messages over them, authenticated to the remote node's certificate.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.3.0")
package org.reloadj.api.link;

/**
 * Shared-secret admission (RFC 6940, 4.1.1 and 13.4): the TLS-PSK key derived from the
 * configuration's {@code shared-secret}, the Node-ID identities, and the Bouncy Castle TLS-PSK
 * and DTLS-PSK handshakes that the overlay link bundles use when their credentials carry a PSK.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.reloadj.security.psk;

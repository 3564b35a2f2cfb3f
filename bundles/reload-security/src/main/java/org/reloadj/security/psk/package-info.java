/**
 * Shared-secret admission (RFC 6940, 4.1.1 and 13.4): the TLS-PSK identity and key that the
 * overlay link bundles offer when the configuration holds a {@code shared-secret}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.security.psk;

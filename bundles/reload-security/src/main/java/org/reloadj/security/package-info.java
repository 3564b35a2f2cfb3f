/**
 * RELOAD identities: node certificates and their {@code reload:} URIs (RFC 6940, 11.3, 14.15),
 * certificate validation against an overlay's root certificates or as self-signed certificates
 * (11.3.1), the credentials a node signs with, key algorithms, and the typed
 * {@link org.reloadj.security.ReloadSecurityException}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.security;

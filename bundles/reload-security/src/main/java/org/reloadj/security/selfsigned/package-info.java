/**
 * Self-generated credentials (RFC 6940, 11.3.1): a key pair and a self-signed node certificate
 * whose Node-IDs are derived from the public key, for overlays whose configuration permits
 * self-signed certificates.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.security.selfsigned;

/**
 * What the overlay link bundles share for authenticating neighbours (RFC 6940, 6.5.1.11, 6.6,
 * 11.3): the remote certificate validated against the overlay's roots (or as a permitted
 * self-signed one) and bound to the Node-ID an Attach named, and a limit on concurrent handshakes
 * so that half-open handshakes cannot exhaust a node.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.security.link;

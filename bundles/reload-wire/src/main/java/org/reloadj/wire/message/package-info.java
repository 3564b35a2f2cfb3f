/**
 * The immutable model of a RELOAD message (RFC 6940, 6.3): forwarding header with via and
 * destination lists and options, message contents with extensions, and the security block.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.wire.message;

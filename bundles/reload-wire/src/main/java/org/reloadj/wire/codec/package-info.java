/**
 * Whole-message encoding and decoding (RFC 6940, 6.3): bytes to {@code WireMessage} and back,
 * with the size limit checked before anything is parsed.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.wire.codec;

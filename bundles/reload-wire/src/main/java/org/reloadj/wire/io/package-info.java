/**
 * Bounded readers and writers of RFC 6940's presentation language (6.3.1), the decoding
 * context (Node-ID length, maximum message size, kind data models) and the typed
 * {@link org.reloadj.wire.io.WireException}. Topology plug-ins and usages use them to encode
 * their own structures.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.wire.io;

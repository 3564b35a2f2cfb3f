/** The per-hop framing header of overlay links (RFC 6940, 6.6.2): data and ack frames. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.wire.framing;

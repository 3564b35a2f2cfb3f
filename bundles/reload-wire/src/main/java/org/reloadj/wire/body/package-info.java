/**
 * The message bodies of RFC 6940: every request and answer (6.4.2, 6.5, 7.4) and the
 * ErrorResponse (6.3.3.1), and {@link org.reloadj.wire.body.BodyCodec} which reads a body as
 * the structure its message code names.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.wire.body;

/**
 * The enrollment client (RFC 6940, 11.3): a PKCS#10 request posted over HTTPS as
 * multipart/form-data to the overlay's enrollment server, the returned certificate checked
 * against the overlay's root certificates, and the credentials kept in a directory.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.security.enroll;

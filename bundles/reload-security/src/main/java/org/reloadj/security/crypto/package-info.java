/**
 * Signing and verifying RELOAD signature values (RFC 6940, 6.3.4) with Bouncy Castle's
 * lightweight API: RSASSA-PKCS1-v1_5 with SHA-256 and ECDSA P-256 with SHA-256 whose value is the
 * DER-encoded (r, s) pair, as TLS uses it. Keys are converted from their JCA form once; the
 * operations are several times faster than the JDK providers' ECDSA. A native JCA provider, when
 * installed ({@link org.reloadj.security.crypto.NativeProvider}), does the work faster still.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.reloadj.security.crypto;

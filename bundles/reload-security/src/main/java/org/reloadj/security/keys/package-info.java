/**
 * Key pairs and their files: generating RSA-2048 and ECDSA P-256 key pairs (RFC 6940, 6.3.4),
 * and reading and writing keys and certificates as PEM files, private keys readable by their
 * owner only.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.security.keys;

/**
 * The overlay's certificate authority (RFC 6940, 11.3): a root key and self-signed root
 * certificate, verified PKCS#10 requests, and the certificates the enrollment server issues,
 * node certificates with an empty subject and a subjectAltName of {@code reload:} URIs and one
 * rfc822Name, and the TLS certificate of the enrollment server itself.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.security.issue;

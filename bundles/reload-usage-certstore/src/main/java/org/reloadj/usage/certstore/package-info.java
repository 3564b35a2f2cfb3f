/**
 * The Certificate Store usage (RFC 6940, 8): its kinds CERTIFICATE_BY_NODE and CERTIFICATE_BY_USER
 * ({@link org.reloadj.usage.certstore.CertificateStoreUsage}), the typed service that publishes a
 * node's certificate and finds others' ({@link org.reloadj.usage.certstore.CertificateStore},
 * implemented on the application API by {@link org.reloadj.usage.certstore.OverlayCertificateStore}),
 * and the {@link org.reloadj.security.signature.CertificateSource} that offers the certificates
 * found to signature verification ({@link org.reloadj.usage.certstore.OverlayCertificateSource}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.usage.certstore;

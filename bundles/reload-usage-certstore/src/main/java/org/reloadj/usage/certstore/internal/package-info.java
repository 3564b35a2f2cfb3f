/**
 * The Declarative Services component of the Certificate Store usage (not exported): the
 * {@link org.reloadj.usage.certstore.CertificateStore} and
 * {@link org.reloadj.security.signature.CertificateSource} services on the node's Overlay service.
 */
package org.reloadj.usage.certstore.internal;

/**
 * The node's security with reload-security's certificates and signatures (RFC 6940, 6.3.4, 7.1
 * and 11.3): message signing and verification for the node ({@link
 * org.reloadj.core.security.CertificateSecurity}), stored-data signatures for the storage and the
 * Overlay API ({@link org.reloadj.core.security.SignedStoredData}), the certificates a peer keeps
 * to send with the values it serves ({@link org.reloadj.core.security.SignerCertificates}), and
 * their assembly from a node's credentials ({@link org.reloadj.core.security.OverlaySecurity}).
 */
package org.reloadj.core.security;

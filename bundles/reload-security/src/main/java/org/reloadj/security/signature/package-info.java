/**
 * RELOAD signatures (RFC 6940, 6.3.4 and 7.1): signing messages and stored data with a node's
 * credentials, and verifying them: finding the signer's certificate from its signer identity,
 * validating it, checking the signature value, and the rules on who may answer a request.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.security.signature;

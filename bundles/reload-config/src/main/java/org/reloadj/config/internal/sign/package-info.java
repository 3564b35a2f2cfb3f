/** Signing configuration documents in place: the blob signer and the byte-level splicing of signature elements. */
package org.reloadj.config.internal.sign;

/**
 * The enrollment server's implementation: the HTTPS pipeline on Netty, the multipart form of
 * 11.3, the enrollment decision, password hashes, Node-ID assignments and the generated
 * configuration document. Private to the bundle.
 */
package org.reloadj.enrollment.internal;

/**
 * What {@code reloadj start} and {@code reloadj client} share: the home folder, the overlay's
 * Configuration Document from a file or its configuration server (RFC 6940, 11.2), enrollment
 * (11.3), and a new overlay's CA, enrollment server and document.
 */
package org.reloadj.cli.node;

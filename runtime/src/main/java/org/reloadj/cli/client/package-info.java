/**
 * {@code reloadj client}: one command on an overlay, as an RFC 6940 client (4.2) that enrolls,
 * links to a bootstrap node, runs the command and exits.
 */
package org.reloadj.cli.client;

/**
 * The operator's commands on one node, over the API only ({@link
 * org.reloadj.api.node.OverlayNode} and {@link org.reloadj.api.overlay.Overlay}): status, routing
 * tables, kinds, ping, route, store, fetch, stat, find (RFC 6940, 6.5.3, 7.4), trace and leave,
 * with their arguments read and their results printed one way for the Gogo shell and the
 * command-line client. Private to the bundle; the command line uses it from its class path.
 */
package org.reloadj.shell;

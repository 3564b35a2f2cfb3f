/**
 * A running node as its operator sees it (RFC 6940, 1.2): its state, its routing tables, the
 * kinds it knows, message traces and leaving ({@link org.reloadj.api.node.OverlayNode}). The
 * shell and the command-line client use it beside the application API of
 * {@link org.reloadj.api.overlay.Overlay}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.api.node;

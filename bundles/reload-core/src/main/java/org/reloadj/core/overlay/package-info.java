/**
 * The application API of a node (RFC 6940, 5 and 7.4): {@link org.reloadj.core.overlay.NodeOverlay}
 * implements reload-api's {@link org.reloadj.api.overlay.Overlay} on the node's message transport,
 * signing every value it stores (7.1) and verifying every value it fetches (7.4.2.2).
 */
package org.reloadj.core.overlay;

/**
 * The Declarative Services component of the TURN Server usage (not exported): the
 * {@link org.reloadj.usage.turn.TurnServers} service on the node's Overlay service, advertising the
 * configured TURN server and advertising it again before its values expire.
 */
package org.reloadj.usage.turn.internal;

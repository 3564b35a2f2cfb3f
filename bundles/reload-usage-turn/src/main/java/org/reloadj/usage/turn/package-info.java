/**
 * The TURN Server usage (RFC 6940, 9): its kind TURN-SERVICE
 * ({@link org.reloadj.usage.turn.TurnServiceUsage}) and the typed service that advertises a TURN
 * server at the turn-density iterations and discovers others by Find and Fetch
 * ({@link org.reloadj.usage.turn.TurnServers}, implemented on the application API by
 * {@link org.reloadj.usage.turn.OverlayTurnServers}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.usage.turn;

/**
 * A whole node (RFC 6940, 1.2): {@link org.reloadj.core.peer.ReloadNode}, built by
 * {@link org.reloadj.core.peer.ReloadNodeBuilder}, connects the message transport, the security,
 * the kind table of the usages, the storage service of a peer with its replication (7.4, 10.4,
 * 10.7.3) and the application API; a client (4.2) runs without storage.
 */
package org.reloadj.core.peer;

/**
 * ReloadJ's public identifiers and errors: {@link org.reloadj.api.NodeId},
 * {@link org.reloadj.api.ResourceId}, {@link org.reloadj.api.KindId}, the overlay hash,
 * immutable {@link org.reloadj.api.Opaque} byte strings and the
 * {@link org.reloadj.api.ReloadException} family that carries an RFC 6940 error code
 * (RFC 6940, 6.3.1.1, 6.3.3.1).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.api;

/**
 * Kinds and usages (RFC 6940, 5.2, 7 and 11.1): what a kind is ({@link
 * org.reloadj.api.kind.KindDefinition}: id, name, data model, access control policy, limits),
 * and the service a usage bundle registers to make its kinds storable on a node ({@link
 * org.reloadj.api.kind.UsageDefinition}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.api.kind;

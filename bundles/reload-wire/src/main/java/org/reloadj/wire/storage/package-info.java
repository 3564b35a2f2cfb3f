/**
 * The structures of stored data (RFC 6940, 7): StoredData and the values of the three data
 * models, specifiers, metadata, per-kind responses, and the TURN-SERVICE value (9).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.reloadj.wire.storage;

/**
 * The storage engine of a peer (RFC 6940, 7): Store, Fetch, Stat and Find over the three data
 * models, generation counters, storage-time ordering, lifetimes, removal by nonexistent values,
 * the per-kind quotas, the access control policies of 7.3, and the hooks replication needs.
 *
 * <p>Everything here is plain Java, free of I/O, with time from an injected {@link java.time.Clock}.
 * What belongs to other parts of the node comes in as small interfaces: the kinds a node knows
 * ({@link org.reloadj.core.storage.KindTable}), stored-data signatures
 * ({@link org.reloadj.core.storage.StoredDataVerifier}, implemented with the security bundle),
 * Resource-ID hashing, the replica set and the plausibility of a replica's sender (the topology
 * plug-in), where values live ({@link org.reloadj.core.storage.StorageBackend}), and the
 * certificates that travel with served values ({@link org.reloadj.core.storage.ValueCertificates}).
 */
package org.reloadj.core.storage;

package org.reloadj.core.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;

/**
 * Where a peer keeps what it stores: a {@link StoredKind} per (Resource-ID, Kind-ID) (RFC 6940, 7).
 * The {@link StorageEngine} applies the protocol's rules and serialises every call under its lock,
 * so an implementation needs no locking of its own as long as only one engine uses it.
 *
 * <p>{@link #putAll} is the commit of a Store: the engine calls it once per request, after every
 * check has passed, with all the kinds the request changes. A persistent implementation makes it
 * one transaction, so that a Store is applied entirely or not at all (7.4.1.1).
 */
public interface StorageBackend {

    /** What is stored of {@code kind} at {@code resource}, expired values included. */
    Optional<StoredKind> get(ResourceId resource, KindId kind);

    /** Everything stored at {@code resource}, by kind (for replication and hand-over). */
    Map<KindId, StoredKind> getAll(ResourceId resource);

    /**
     * Replaces what is stored at {@code resource} for each kind of {@code kinds}; a kind without
     * values is removed.
     */
    void putAll(ResourceId resource, Map<KindId, StoredKind> kinds);

    /** Forgets {@code kind} at {@code resource}. */
    void remove(ResourceId resource, KindId kind);

    /** Forgets everything at {@code resource} (after handing it over to a new responsible peer). */
    void removeAll(ResourceId resource);

    /**
     * The first Resource-ID holding {@code kind} at or after {@code from} (after it, when not
     * {@code inclusive}), in the unsigned order of identifiers, without wrapping around (for Find,
     * 7.4.4).
     */
    Optional<ResourceId> next(KindId kind, ResourceId from, boolean inclusive);

    /** Every Resource-ID with something stored, in ascending order. */
    List<ResourceId> resources();

    /** How many Resource-IDs hold something. */
    int resourceCount();

    /** How many values are stored, over all resources and kinds, expired ones included. */
    long valueCount();
}

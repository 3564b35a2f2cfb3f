package org.reloadj.core.storage;

import java.util.Optional;
import java.util.function.Predicate;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;

/**
 * The closest Resource-ID of a kind that a Find answers (RFC 6940, 7.4.4): the first one holding
 * unexpired values of the kind at or after the Resource-ID asked for, going round the identifier
 * ring past the largest to the smallest. "At or after" is what lets a node "walk the Overlay
 * Instance by iteratively fetching R_n+1=nearest(1 + R_n)"; going round is what lets a peer that
 * "knows of any servers" name one wherever the random Resource-ID fell (9).
 */
final class ClosestResource {
    private static final ResourceId LOWEST = ResourceId.of(Opaque.EMPTY);

    private ClosestResource() {
    }

    /** The closest Resource-ID holding {@code kind} in {@code backend} from {@code from}, at {@code now}. */
    static Optional<ResourceId> find(StorageBackend backend, KindId kind, ResourceId from, long now) {
        Optional<ResourceId> after = firstAlive(backend, kind, from, now, r -> true);
        return after.isPresent() ? after : firstAlive(backend, kind, LOWEST, now, r -> r.compareTo(from) < 0);
    }

    private static Optional<ResourceId> firstAlive(StorageBackend backend, KindId kind, ResourceId from, long now,
            Predicate<ResourceId> within) {
        Optional<ResourceId> candidate = backend.next(kind, from, true);
        while (candidate.isPresent() && within.test(candidate.get())) {
            if (backend.get(candidate.get(), kind).filter(k -> k.isAliveAt(now)).isPresent()) {
                return candidate;
            }
            candidate = backend.next(kind, candidate.get(), false);
        }
        return Optional.empty();
    }
}

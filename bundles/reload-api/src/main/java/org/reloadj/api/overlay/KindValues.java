package org.reloadj.api.overlay;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.KindId;

/**
 * Values of one kind (RFC 6940, 7.4.1.1 StoreKindData, 7.4.2.2 FetchKindResponse).
 *
 * @param kind       the kind
 * @param generation in a store: the generation counter expected (0: none); in a fetch result: the
 *                   stored generation
 * @param values     the values
 */
public record KindValues(KindId kind, long generation, List<StoredValue> values) {
    /** Copies the list. */
    public KindValues {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
    }
}

package org.reloadj.api.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the value of a {@link Coded} enumeration by its wire code, in constant time.
 *
 * @param <E> the enumeration
 */
public final class CodeTable<E extends Enum<E> & Coded> {
    private final Map<Integer, E> byCode;

    private CodeTable(Map<Integer, E> byCode) {
        this.byCode = byCode;
    }

    /** A table of every value of {@code type}. */
    public static <E extends Enum<E> & Coded> CodeTable<E> of(Class<E> type) {
        Map<Integer, E> map = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            if (map.put(e.code(), e) != null) {
                throw new IllegalStateException(type.getSimpleName() + " repeats code " + e.code());
            }
        }
        return new CodeTable<>(Map.copyOf(map));
    }

    /** The value with this code, if there is one. */
    public Optional<E> find(int code) {
        return Optional.ofNullable(byCode.get(code));
    }
}

package org.reloadj.security.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of at most {@code capacity} entries that forgets the least recently used one first.
 * Thread-safe (one lock; the entries are small and lookups short).
 *
 * @param <K> the key type; keys must not be views on larger arrays that the cache would keep alive
 * @param <V> the value type
 */
public final class LruCache<K, V> {
    private final Map<K, V> map;

    /** A cache of at most {@code capacity} entries. */
    public LruCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.map = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code key}, or null; counts as a use. */
    public synchronized V get(K key) {
        return map.get(key);
    }

    /** Remembers {@code value} for {@code key}. */
    public synchronized void put(K key, V value) {
        map.put(key, value);
    }

    /** Forgets {@code key}. */
    public synchronized void remove(K key) {
        map.remove(key);
    }

    /** The number of entries. */
    public synchronized int size() {
        return map.size();
    }
}

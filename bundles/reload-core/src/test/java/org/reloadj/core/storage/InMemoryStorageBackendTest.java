package org.reloadj.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

class InMemoryStorageBackendTest {
    private static final KindId K1 = new KindId(1);
    private static final KindId K2 = new KindId(2);
    private static final ResourceId R1 = ResourceId.fromHex("10");
    private static final ResourceId R2 = ResourceId.fromHex("20");

    private final InMemoryStorageBackend backend = new InMemoryStorageBackend();

    private static StoredKind kindOf(int values) {
        TreeMap<SlotKey, StoredValue> map = new TreeMap<>();
        for (int i = 0; i < values; i++) {
            StoredData d = new StoredData(1, 1, new StoredDataValue.ArrayEntry(i, DataValue.of(Opaque.of((byte) i))),
                    Signature.unsigned());
            map.put(SlotKey.index(i), new StoredValue(d, 1000, false));
        }
        return new StoredKind(1, map);
    }

    @Test
    void keeps_and_counts_what_is_put() {
        backend.putAll(R1, Map.of(K1, kindOf(2), K2, kindOf(1)));
        backend.putAll(R2, Map.of(K1, kindOf(3)));

        assertThat(backend.get(R1, K1)).contains(kindOf(2));
        assertThat(backend.getAll(R1)).containsOnlyKeys(K1, K2);
        assertThat(backend.resources()).containsExactly(R1, R2);
        assertThat(backend.resourceCount()).isEqualTo(2);
        assertThat(backend.valueCount()).isEqualTo(6);
    }

    @Test
    void putting_a_kind_without_values_removes_it() {
        backend.putAll(R1, Map.of(K1, kindOf(2)));
        backend.putAll(R1, Map.of(K1, kindOf(0)));
        assertThat(backend.get(R1, K1)).isEmpty();
        assertThat(backend.resources()).isEmpty();
        assertThat(backend.next(K1, R1, true)).isEmpty();
    }

    @Test
    void finds_the_next_resource_of_a_kind_in_unsigned_order() {
        ResourceId high = ResourceId.fromHex("f0");
        backend.putAll(R1, Map.of(K1, kindOf(1)));
        backend.putAll(high, Map.of(K1, kindOf(1)));
        backend.putAll(R2, Map.of(K2, kindOf(1)));

        assertThat(backend.next(K1, R1, true)).contains(R1);
        assertThat(backend.next(K1, R1, false)).contains(high);
        assertThat(backend.next(K1, high, false)).isEmpty();
        assertThat(backend.next(new KindId(9), R1, true)).isEmpty();
    }

    @Test
    void removing_one_kind_keeps_the_others_and_removing_all_forgets_the_resource() {
        backend.putAll(R1, Map.of(K1, kindOf(1), K2, kindOf(1)));
        backend.remove(R1, K1);
        assertThat(backend.getAll(R1)).containsOnlyKeys(K2);
        assertThat(backend.next(K1, R1, true)).isEmpty();

        backend.removeAll(R1);
        assertThat(backend.resources()).isEqualTo(List.of());
        backend.remove(R1, K1);
    }
}

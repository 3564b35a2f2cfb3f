package org.reloadj.core.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.peer.SecureOverlay.SINGLE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.core.node.OutgoingRequest;
import org.reloadj.core.storage.InMemoryStorageBackend;
import org.reloadj.core.storage.SlotKey;
import org.reloadj.core.storage.StoredKind;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

/**
 * Stored-data signatures hold end to end (RFC 6940, 7.1): a Store whose value does not match its
 * signature is refused although the message is correctly signed (7.4.1.1: Error_Forbidden), a
 * replica Store from a node that cannot have held the data is refused, and a fetching node
 * discards a value whose signature does not verify, as a storing peer that changed it would send
 * (7.4.2.2).
 */
class TamperingTest {
    private final SecureOverlay overlay = new SecureOverlay(5);
    private final ReloadNode alice = overlay.peer(0);
    private final ResourceId resource = overlay.resourceOf(overlay.user(alice));
    private final long now = overlay.scheduler.clock().millis();

    private StoredData signed(String text) {
        return alice.security().storedData().sign(resource, SINGLE.id(), now, 3600,
                new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8(text))));
    }

    private ErrorCode sendStore(ReloadNode from, int replicaNumber, StoredData value) {
        StoreReq store = new StoreReq(resource, replicaNumber, List.of(new StoreKindData(SINGLE.id(),
                replicaNumber == 0 ? 0 : 1, List.of(value))));
        return overlay.failure(from.node().send(OutgoingRequest.to(resource, store))).errorCode();
    }

    @Test
    void a_value_changed_after_signing_is_refused_in_a_correctly_signed_store() {
        StoredData good = signed("signed text");
        StoredData changed = new StoredData(good.storageTime(), good.lifetime(),
                new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("other text"))), good.signature());

        assertThat(sendStore(alice, 0, changed)).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        assertThat(overlay.peer(overlay.responsibleFor(resource)).storage().orElseThrow().storedResources()).isEmpty();
    }

    @Test
    void a_replica_store_from_a_peer_outside_the_replica_set_is_refused() {
        int responsible = overlay.responsibleFor(resource);
        ReloadNode stranger = overlay.peer(Math.floorMod(responsible - 2, 5));

        assertThat(sendStore(stranger, 1, signed("replica?"))).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
    }

    @Test
    void a_fetching_node_discards_a_value_whose_signature_does_not_verify() {
        overlay.await(alice.overlay().store(resource, List.of(new KindValues(SINGLE.id(), 0, List.of(StoredValue.of(
                Slot.SINGLE, Opaque.utf8("genuine"), overlay.scheduler.clock().instant(), Duration.ofHours(1)))))));
        ReloadNode reader = overlay.peer(3);
        assertThat(overlay.await(reader.overlay().fetch(resource, List.of(Query.all(SINGLE.id())))).get(0).values())
                .hasSize(1);

        InMemoryStorageBackend backend = overlay.backends.get(overlay.id(overlay.responsibleFor(resource)));
        StoredKind stored = backend.get(resource, SINGLE.id()).orElseThrow();
        org.reloadj.core.storage.StoredValue kept = stored.values().get(SlotKey.SINGLE);
        StoredData data = kept.data();
        StoredData forged = new StoredData(data.storageTime(), data.lifetime(),
                new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("forged!"))), data.signature());
        TreeMap<SlotKey, org.reloadj.core.storage.StoredValue> values = new TreeMap<>(Map.of(SlotKey.SINGLE,
                new org.reloadj.core.storage.StoredValue(forged, kept.expiresAt(), kept.replica())));
        backend.putAll(resource, Map.<KindId, StoredKind>of(SINGLE.id(), new StoredKind(stored.generation(), values)));

        KindValues fetched = overlay.await(reader.overlay().fetch(resource, List.of(Query.all(SINGLE.id())))).get(0);

        assertThat(fetched.values()).isEmpty();
        assertThat(reader.overlay().discardedValues()).isEqualTo(1);
    }
}

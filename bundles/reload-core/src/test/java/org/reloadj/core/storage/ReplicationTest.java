package org.reloadj.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.core.storage.StorageFixture.ALICE;
import static org.reloadj.core.storage.StorageFixture.ALICE_RES;
import static org.reloadj.core.storage.StorageFixture.ARRAY;
import static org.reloadj.core.storage.StorageFixture.BOB;
import static org.reloadj.core.storage.StorageFixture.BOB_RES;
import static org.reloadj.core.storage.StorageFixture.LIFETIME;
import static org.reloadj.core.storage.StorageFixture.SINGLE;
import static org.reloadj.core.storage.StorageFixture.kindData;
import static org.reloadj.core.storage.StorageFixture.texts;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.body.StoreAns;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.storage.ArrayRange;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;

/** Replica Stores (RFC 6940, 7.4.1.1) and the hooks replication and hand-over use. */
class ReplicationTest {
    private static final ModelSpecifier ONE = new ModelSpecifier.SingleValue();

    private final StorageFixture primary = new StorageFixture();
    private final StorageFixture replica = new StorageFixture();

    /** A replica Store of Bob's data sent by Alice's node, which the fixture finds plausible. */
    private StoreAns replicate(long generation, StoredData... values) throws ReloadException {
        return replica.engine.store(new StoreReq(BOB_RES, 1, List.of(kindData(SINGLE, generation, values))), ALICE);
    }

    @Test
    void a_replica_store_takes_the_generation_counter_it_carries_and_marks_its_values() throws ReloadException {
        StoreAns ans = replicate(42, replica.single(BOB, 1000, "bob's"));

        assertThat(ans.kindResponses().get(0).generationCounter()).isEqualTo(42);
        assertThat(ans.kindResponses().get(0).replicas()).as("a replica does not replicate further").isEmpty();
        StoredKind stored = replica.engine.storedAt(BOB_RES).get(SINGLE.id());
        assertThat(stored.values().values()).allMatch(StoredValue::replica);
    }

    @Test
    void a_replica_store_checks_the_value_signer_but_not_the_request_signer_against_the_policy() throws Exception {
        replicate(1, replica.single(BOB, 1000, "bob's"));
        StorageFixture.refused(ErrorCode.ERROR_FORBIDDEN, () -> replicate(2, replica.single(ALICE, 2000, "alice's")));
    }

    @Test
    void a_replica_store_ignores_the_stored_generation_counter() throws ReloadException {
        replicate(42, replica.single(BOB, 1000, "a"));
        assertThat(replicate(7, replica.single(BOB, 2000, "b")).kindResponses().get(0).generationCounter())
                .isEqualTo(7);
    }

    @Test
    void a_replica_store_from_an_implausible_sender_is_forbidden() {
        StorageFixture.refused(ErrorCode.ERROR_FORBIDDEN, () -> replica.engine.store(
                new StoreReq(BOB_RES, 1, List.of(kindData(SINGLE, 1, replica.single(BOB, 1000, "x")))), BOB));
    }

    @Test
    void a_replica_store_with_generation_counter_zero_is_an_invalid_message() {
        StorageFixture.refused(ErrorCode.ERROR_INVALID_MESSAGE, () -> replicate(0, replica.single(BOB, 1000, "x")));
    }

    @Test
    void a_replica_may_receive_the_value_it_holds_again_but_an_original_store_may_not() throws Exception {
        StoredData value = replica.single(BOB, 1000, "same");
        replicate(1, value);
        replicate(1, value);

        StorageFixture.refused(ErrorCode.ERROR_DATA_TOO_OLD,
                () -> replica.store(BOB_RES, BOB, kindData(SINGLE, 0, value)));
    }

    @Test
    void an_original_store_overwriting_a_replica_value_clears_the_mark() throws ReloadException {
        replicate(1, replica.single(BOB, 1000, "replica"));
        replica.store(BOB_RES, BOB, kindData(SINGLE, 0, replica.single(BOB, 2000, "original")));
        assertThat(replica.engine.storedAt(BOB_RES).get(SINGLE.id()).values().values()).noneMatch(StoredValue::replica);
    }

    @Test
    void the_replica_store_of_a_resource_carries_its_generation_and_what_is_left_of_each_lifetime()
            throws ReloadException {
        long gen = primary.store(ALICE_RES, ALICE, kindData(SINGLE, 0, primary.single(ALICE, 1000, "abc")))
                .kindResponses().get(0).generationCounter();
        primary.clock.advance(Duration.ofSeconds(100));

        StoreReq req = primary.engine.replicaStore(ALICE_RES, 2).orElseThrow();
        assertThat(req.replicaNumber()).isEqualTo(2);
        StoreKindData kind = req.kindData().get(0);
        assertThat(kind.generationCounter()).isEqualTo(gen);
        assertThat(kind.values().get(0).lifetime()).isEqualTo(LIFETIME - 100);
    }

    @Test
    void a_replica_store_applied_elsewhere_reproduces_the_data() throws ReloadException {
        primary.store(ALICE_RES, ALICE, kindData(ARRAY, 0, primary.entry(ALICE, 1000, 1, "b"),
                primary.entry(ALICE, 1000, KindUpdate.APPEND, "c")));
        StoreReq req = primary.engine.replicaStore(ALICE_RES, 1).orElseThrow();

        replica.verifier.signatureOf(ALICE);
        replica.engine.store(req, ALICE);
        ModelSpecifier all = new ModelSpecifier.ArrayRanges(List.of(new ArrayRange(0, ArrayRange.LAST)));
        assertThat(replica.fetch(ALICE_RES, ARRAY, all)).isEqualTo(primary.fetch(ALICE_RES, ARRAY, all));
    }

    @Test
    void nothing_to_replicate_where_nothing_lives() throws ReloadException {
        assertThat(primary.engine.replicaStore(ALICE_RES, 1)).isEmpty();
        primary.store(ALICE_RES, ALICE, kindData(SINGLE, 0, primary.single(ALICE, 1000, "abc")));
        primary.clock.advance(Duration.ofSeconds(LIFETIME));
        assertThat(primary.engine.replicaStore(ALICE_RES, 1)).isEmpty();
        assertThatThrownBy(() -> primary.engine.replicaStore(ALICE_RES, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_handed_over_resource_is_dropped() throws ReloadException {
        primary.store(ALICE_RES, ALICE, kindData(SINGLE, 0, primary.single(ALICE, 1000, "abc")));
        assertThat(primary.engine.storedResources()).containsExactly(ALICE_RES);

        primary.engine.drop(ALICE_RES);
        assertThat(primary.engine.storedResources()).isEmpty();
        assertThat(texts(primary.fetch(ALICE_RES, SINGLE, ONE).values())).containsExactly("-");
    }
}

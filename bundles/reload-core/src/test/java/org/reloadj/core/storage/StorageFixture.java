package org.reloadj.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.body.FetchReq;
import org.reloadj.wire.body.StoreAns;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.FetchKindResponse;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataSpecifier;
import org.reloadj.wire.storage.StoredDataValue;

/** One storage engine on a test clock, with test kinds, signers and builders of requests. */
final class StorageFixture {
    static final long T0 = 1_700_000_000_000L;
    static final long LIFETIME = 3600;

    static final KindDefinition SINGLE = KindDefinition.of(new KindId(0xF000_0101L), "SINGLE-USER",
            DataModel.SINGLE_VALUE, AccessControlPolicy.USER_MATCH, 1, 16);
    static final KindDefinition ARRAY = KindDefinition.of(new KindId(0xF000_0102L), "ARRAY-USER",
            DataModel.ARRAY, AccessControlPolicy.USER_MATCH, 4, 16);
    static final KindDefinition DICTIONARY = KindDefinition.of(new KindId(0xF000_0103L), "DICT-USER-NODE",
            DataModel.DICTIONARY, AccessControlPolicy.USER_NODE_MATCH, 3, 16);
    static final KindDefinition NODE = KindDefinition.of(new KindId(0xF000_0104L), "SINGLE-NODE",
            DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MATCH, 1, 16);

    static final NodeId ALICE_NODE = NodeId.fromHex("a11ce000000000000000000000000001");
    static final NodeId BOB_NODE = NodeId.fromHex("b0b00000000000000000000000000002");
    static final NodeId REPLICA_NODE = NodeId.fromHex("1e1e0000000000000000000000000003");
    static final Writer ALICE = Writer.of("alice@example.com", ALICE_NODE);
    static final Writer BOB = Writer.of("bob@example.com", BOB_NODE);
    static final ResourceId ALICE_RES = Sha1Hasher.of("alice@example.com");
    static final ResourceId BOB_RES = Sha1Hasher.of("bob@example.com");

    final TestClock clock = new TestClock(Instant.ofEpochMilli(T0));
    final FakeVerifier verifier = new FakeVerifier();
    final AtomicReference<KindTable> kinds = new AtomicReference<>(
            KindTable.of(List.of(SINGLE, ARRAY, DICTIONARY, NODE)));
    final List<NodeId> replicas = new ArrayList<>(List.of(REPLICA_NODE));
    final StorageEngine engine = new StorageEngine(kinds::get, new InMemoryStorageBackend(), verifier,
            new AccessControl(Sha1Hasher.INSTANCE), r -> replicas, (r, sender) -> sender.equals(ALICE_NODE), clock);

    /** A value of {@code writer} stored at {@code storageTime} for {@link #LIFETIME} seconds. */
    StoredData signed(Writer writer, long storageTime, StoredDataValue value) {
        return new StoredData(storageTime, LIFETIME, value, verifier.signatureOf(writer));
    }

    StoredData single(Writer writer, long storageTime, String value) {
        return signed(writer, storageTime, new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8(value))));
    }

    StoredData entry(Writer writer, long storageTime, long index, String value) {
        return signed(writer, storageTime, new StoredDataValue.ArrayEntry(index, DataValue.of(Opaque.utf8(value))));
    }

    StoredData dictEntry(Writer writer, long storageTime, Opaque key, String value) {
        return signed(writer, storageTime, new StoredDataValue.DictionaryEntry(key, DataValue.of(Opaque.utf8(value))));
    }

    static StoreKindData kindData(KindDefinition kind, long generation, StoredData... values) {
        return new StoreKindData(kind.id(), generation, List.of(values));
    }

    /** An original Store at {@code resource} signed by {@code signer}. */
    StoreAns store(ResourceId resource, Writer signer, StoreKindData... kinds) throws ReloadException {
        return engine.store(new StoreReq(resource, 0, List.of(kinds)), signer);
    }

    /** The refusal of an original Store, checking its error code. */
    StorageException storeRefused(ErrorCode code, ResourceId resource, Writer signer, StoreKindData... kinds) {
        return refused(code, () -> store(resource, signer, kinds));
    }

    /** The refusal of {@code call}, as a ReloadException of {@code code}. */
    static StorageException refused(ErrorCode code, Call call) {
        ReloadException e = catchThrowableOfType(ReloadException.class, call::run);
        assertThat(e).as("a refusal with " + code.rfcName()).isNotNull();
        assertThat(e.errorCode()).isEqualTo(code);
        return e instanceof StorageException s ? s : null;
    }

    /** The values of one kind fetched with {@code specifier} and generation 0. */
    FetchKindResponse fetch(ResourceId resource, KindDefinition kind, ModelSpecifier specifier)
            throws ReloadException {
        return engine.fetch(new FetchReq(resource, List.of(new StoredDataSpecifier(kind.id(), 0, specifier))))
                .kindResponses().get(0);
    }

    /** The stored values' payloads as text, "-" for a nonexistent one. */
    static List<String> texts(List<StoredData> values) {
        return values.stream().map(d -> d.value().value().exists() ? d.value().value().value().toUtf8() : "-")
                .toList();
    }

    /** Code that may fail with a ReloadException. */
    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }
}

package org.reloadj.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.core.storage.StorageFixture.ALICE;
import static org.reloadj.core.storage.StorageFixture.ALICE_RES;
import static org.reloadj.core.storage.StorageFixture.ARRAY;
import static org.reloadj.core.storage.StorageFixture.LIFETIME;
import static org.reloadj.core.storage.StorageFixture.SINGLE;
import static org.reloadj.core.storage.StorageFixture.kindData;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.wire.body.StatReq;
import org.reloadj.wire.storage.ArrayRange;
import org.reloadj.wire.storage.MetaData;
import org.reloadj.wire.storage.MetaDataValue;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StatKindResponse;
import org.reloadj.wire.storage.StoredDataSpecifier;
import org.reloadj.wire.storage.StoredMetaData;

class StatTest {
    /** SHA-256 of 00000003 616263: "abc" behind its 4 length bytes (7.4.3.2), computed by sha256sum. */
    private static final Opaque SHA256_OF_ABC_WITH_LENGTH =
            Opaque.fromHex("d04b72a650ce0f8ce4963330a53ee2832733d2baeffff3c1d8e256cca096d120");
    /** SHA-256 of 00000000: an empty value behind its length. */
    private static final Opaque SHA256_OF_NOTHING =
            Opaque.fromHex("df3f619804a92fdb4057192dc43dd748ea778adc52bc498ce80524c014b81119");

    private final StorageFixture f = new StorageFixture();

    private StatKindResponse stat(StoredDataSpecifier spec) throws ReloadException {
        return f.engine.stat(new StatReq(ALICE_RES, List.of(spec))).kindResponses().get(0);
    }

    @Test
    void stat_answers_the_length_and_the_sha256_of_the_value_with_its_length_bytes() throws ReloadException {
        long gen = f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1234, "abc")))
                .kindResponses().get(0).generationCounter();

        StatKindResponse r = stat(new StoredDataSpecifier(SINGLE.id(), 0, new ModelSpecifier.SingleValue()));
        assertThat(r.generation()).isEqualTo(gen);
        assertThat(r.values()).containsExactly(new StoredMetaData(1234, LIFETIME, new MetaDataValue.SingleMeta(
                new MetaData(true, 3, HashAlgorithm.SHA256.code(), SHA256_OF_ABC_WITH_LENGTH))));
    }

    @Test
    void stat_of_a_sparse_array_gives_the_gaps_as_nonexistent_metadata() throws ReloadException {
        f.store(ALICE_RES, ALICE, kindData(ARRAY, 0, f.entry(ALICE, 1, 1, "abc")));

        StatKindResponse r = stat(new StoredDataSpecifier(ARRAY.id(), 0,
                new ModelSpecifier.ArrayRanges(List.of(new ArrayRange(0, ArrayRange.LAST)))));
        assertThat(r.values()).extracting(StoredMetaData::metadata).containsExactly(
                new MetaDataValue.ArrayMeta(0, new MetaData(false, 0, HashAlgorithm.SHA256.code(), SHA256_OF_NOTHING)),
                new MetaDataValue.ArrayMeta(1, new MetaData(true, 3, HashAlgorithm.SHA256.code(),
                        SHA256_OF_ABC_WITH_LENGTH)));
    }

    @Test
    void stat_with_the_stored_generation_answers_no_metadata() throws ReloadException {
        long gen = f.store(ALICE_RES, ALICE, kindData(SINGLE, 0, f.single(ALICE, 1, "abc")))
                .kindResponses().get(0).generationCounter();
        assertThat(stat(new StoredDataSpecifier(SINGLE.id(), gen, new ModelSpecifier.SingleValue())).values()).isEmpty();
    }
}

package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.DICTIONARY_KIND;
import static org.reloadj.wire.storage.StorageSamples.UNKNOWN_KIND;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertError;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;
import static org.reloadj.wire.storage.StorageSamples.kind;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.storage.MetaData;
import org.reloadj.wire.storage.MetaDataValue;
import org.reloadj.wire.storage.StatKindResponse;
import org.reloadj.wire.storage.StorageSamples;
import org.reloadj.wire.storage.StoredMetaData;

class StatAnsTest {
    /** StoredMetaData of a value that does not exist: a length of 12 + 7 = 0x13, 0x17 bytes in all. */
    private static final String ABSENT_META = "00000013 00000000000003e8 00015180 00 00000000 00 00";
    private static final StorageSamples.Decoder<StatAns> DECODE = r -> StatAns.decode(r, CTX);

    @Test
    void encodes_stat_kind_responses_behind_a_32_bit_length() {
        MetaDataValue absent = new MetaDataValue.SingleMeta(new MetaData(false, 0, 0, Opaque.EMPTY));
        StatAns ans = new StatAns(List.of(new StatKindResponse(KindId.TURN_SERVICE, 1,
                List.of(new StoredMetaData(1000, 86400, absent)))));
        // one StatKindResponse of 16 + 0x17 = 0x27 bytes
        assertEncodes(ans, StatAns::encode, "00000027 00000002 0000000000000001 00000017 " + ABSENT_META);
        assertThat(ans.messageCode()).isEqualTo(MessageCode.STAT_ANS.code());
    }

    @Test
    void round_trips_metadata_of_each_data_model() throws WireException {
        // 0x27 + (16 + 0x1b array entry) + (16 + 0x1a dictionary entry) = 0x27 + 0x2b + 0x2a = 0x7c
        StatAns ans = assertRoundTrip("0000007c "
                + "00000002 0000000000000001 00000017 " + ABSENT_META
                + "00000003 0000000000000001 0000001b 00000017 00000000000003e8 00015180 00000004 00 00000000 00 00"
                + kind(DICTIONARY_KIND) + " 0000000000000001 0000001a "
                + "00000016 00000000000003e8 00015180 0001 6b 00 00000000 00 00", DECODE, StatAns::encode);
        assertThat(ans.kindResponses()).hasSize(3);
    }

    @Test
    void an_unknown_kind_is_error_unknown_kind() {
        assertError("00000010 " + kind(UNKNOWN_KIND) + " 0000000000000001 00000000", DECODE,
                ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void rejects_bytes_after_the_kind_responses() {
        assertInvalid("00000010 00000002 0000000000000001 00000000 ff", DECODE);
    }
}

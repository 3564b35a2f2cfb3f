package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.DICTIONARY_KIND;
import static org.reloadj.wire.storage.StorageSamples.STORED_ABC;
import static org.reloadj.wire.storage.StorageSamples.STORED_BAR_1;
import static org.reloadj.wire.storage.StorageSamples.STORED_FOO_0;
import static org.reloadj.wire.storage.StorageSamples.STORED_K_V;
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
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.storage.DataValue;
import org.reloadj.wire.storage.StorageSamples;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataValue;

class StoreReqTest {
    private static final StorageSamples.Decoder<StoreReq> DECODE = r -> StoreReq.decode(r, CTX);
    /** StoreKindData of TURN-SERVICE, generation 0, the single value "abc": 16 + 31 = 0x2f bytes. */
    private static final String KIND_2_ABC = "00000002 0000000000000000 0000001f " + STORED_ABC;

    @Test
    void encodes_resource_replica_number_and_a_32_bit_length_vector_of_kind_data() {
        StoreReq req = new StoreReq(ResourceId.fromHex("464f4f"), 0, List.of(new StoreKindData(KindId.TURN_SERVICE, 0,
                List.of(new StoredData(1000, 86400, new StoredDataValue.SingleValue(DataValue.of(Opaque.utf8("abc"))),
                        Signature.unsigned())))));
        // resource "FOO" behind its length byte, replica_number 0, kind_data<0..2^32-1> of 0x2f bytes
        assertEncodes(req, StoreReq::encode, "03 464f4f 00 0000002f " + KIND_2_ABC);
        assertThat(req.messageCode()).isEqualTo(MessageCode.STORE_REQ.code());
    }

    @Test
    void round_trips_the_example_of_section_7_4_1_1_a_single_value_and_an_array() throws WireException {
        // second StoreKindData: kind 3 (an array), foo at 0 and bar at 1: 16 + 70 = 0x56; in all 0x2f + 0x56 = 0x85
        StoreReq req = assertRoundTrip("03 464f4f 00 00000085 " + KIND_2_ABC
                + "00000003 0000000000000000 00000046 " + STORED_FOO_0 + STORED_BAR_1, DECODE, StoreReq::encode);
        assertThat(req.kindData()).extracting(StoreKindData::kind)
                .containsExactly(KindId.TURN_SERVICE, KindId.CERTIFICATE_BY_NODE);
    }

    @Test
    void round_trips_a_dictionary_replica_store() throws WireException {
        StoreReq req = assertRoundTrip("01 ab 02 00000030 " + kind(DICTIONARY_KIND) + " 0000000000000009 00000020 "
                + STORED_K_V, DECODE, StoreReq::encode);
        assertThat(req.replicaNumber()).isEqualTo(2);
    }

    @Test
    void rejects_a_kind_used_twice() {
        assertInvalid("03 464f4f 00 00000020 00000002 0000000000000000 00000000 00000002 0000000000000001 00000000",
                DECODE);
    }

    @Test
    void an_unknown_kind_is_error_unknown_kind() {
        assertError("03 464f4f 00 00000010 " + kind(UNKNOWN_KIND) + " 0000000000000000 00000000", DECODE,
                ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void rejects_bytes_after_the_kind_data() {
        assertInvalid("03 464f4f 00 0000002f " + KIND_2_ABC + " 00", DECODE);
    }

    @Test
    void rejects_a_resource_id_of_255_bytes() {
        assertInvalid("ff" + "00".repeat(255) + " 00 00000000", DECODE);
    }

    @Test
    void a_kind_data_length_of_four_gigabytes_on_a_few_bytes_fails_cleanly() {
        assertInvalid("03 464f4f 00 ffffffff 00000002", DECODE);
    }

    @Test
    void refuses_a_replica_number_beyond_a_byte_or_a_repeated_kind() {
        ResourceId r = ResourceId.fromHex("00");
        StoreKindData d = new StoreKindData(KindId.TURN_SERVICE, 0, List.of());
        assertThatThrownBy(() -> new StoreReq(r, 256, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoreReq(r, 0, List.of(d, d))).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;

import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.wire.io.WireException;

class FindKindDataTest {

    @Test
    void is_a_kind_then_a_resource_id_behind_one_length_byte() {
        // kind 2 (TURN-SERVICE), closest = "FOO" (3 bytes)
        assertEncodes(new FindKindData(KindId.TURN_SERVICE, ResourceId.fromHex("464f4f")), FindKindData::encode,
                "00000002 03 464f4f");
    }

    @Test
    void round_trips_the_longest_resource_id() throws WireException {
        String hex = "00000003 fe" + "ab".repeat(254);
        assertThat(assertRoundTrip(hex, FindKindData::decode, FindKindData::encode).closest().length()).isEqualTo(254);
    }

    @Test
    void rejects_a_resource_id_of_255_bytes() {
        assertInvalid("00000003 ff" + "ab".repeat(255), FindKindData::decode);
    }

    @Test
    void rejects_a_truncated_resource_id() {
        assertInvalid("00000003 04 464f4f", FindKindData::decode);
    }
}

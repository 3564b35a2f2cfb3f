package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.UNKNOWN_KIND;
import static org.reloadj.wire.storage.StorageSamples.assertEncodes;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;
import static org.reloadj.wire.storage.StorageSamples.kind;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.storage.StorageSamples;

class FindReqTest {
    private static final StorageSamples.Decoder<FindReq> DECODE = r -> FindReq.decode(r, CTX);

    @Test
    void encodes_the_resource_then_kinds_behind_a_one_byte_length() {
        FindReq req = new FindReq(ResourceId.fromHex("464f4f"), List.of(KindId.TURN_SERVICE, KindId.CERTIFICATE_BY_USER));
        // resource "FOO"; kinds<0..2^8-1> of 8 bytes: 2 and 0x10
        assertEncodes(req, FindReq::encode, "03 464f4f 08 00000002 00000010");
        assertThat(req.messageCode()).isEqualTo(MessageCode.FIND_REQ.code());
    }

    @Test
    void unknown_kinds_are_read_since_the_answer_gives_them_resource_id_0() throws WireException {
        FindReq req = assertRoundTrip("03 464f4f 04 " + kind(UNKNOWN_KIND), DECODE, FindReq::encode);
        assertThat(req.kinds()).containsExactly(UNKNOWN_KIND);
    }

    @Test
    void round_trips_no_kinds() throws WireException {
        assertThat(assertRoundTrip("00 00", DECODE, FindReq::encode).kinds()).isEmpty();
    }

    @Test
    void rejects_a_kinds_length_that_is_not_a_multiple_of_4() {
        assertInvalid("03 464f4f 06 00000002 0000", DECODE);
    }

    @Test
    void rejects_a_kind_named_twice() {
        assertInvalid("03 464f4f 08 00000002 00000002", DECODE);
    }

    @Test
    void rejects_a_resource_id_of_255_bytes() {
        assertInvalid("ff" + "00".repeat(255) + " 00", DECODE);
    }

    @Test
    void rejects_bytes_after_the_kinds() {
        assertInvalid("03 464f4f 04 00000002 00", DECODE);
    }

    @Test
    void a_kinds_length_beyond_the_input_fails_cleanly() {
        assertInvalid("03 464f4f fc 00000002", DECODE);
    }

    @Test
    void refuses_more_kinds_than_a_byte_of_length_holds_or_a_repeated_kind() {
        ResourceId r = ResourceId.fromHex("00");
        List<KindId> many = LongStream.range(0, 64).mapToObj(KindId::new).toList();
        assertThatThrownBy(() -> new FindReq(r, many)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FindReq(r, List.of(KindId.TURN_SERVICE, KindId.TURN_SERVICE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.assertInvalid;
import static org.reloadj.wire.storage.StorageSamples.assertRoundTrip;
import static org.reloadj.wire.storage.StorageSamples.decode;

import org.junit.jupiter.api.Test;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.storage.StorageSamples;

class StatReqTest {
    private static final StorageSamples.Decoder<StatReq> DECODE = r -> StatReq.decode(r, CTX);

    @Test
    void has_the_shape_of_a_fetch_request() throws WireException {
        String hex = "03 464f4f " + FetchReqTest.THREE_SPECIFIERS;
        StatReq stat = assertRoundTrip(hex, DECODE, StatReq::encode);
        FetchReq fetch = decode(hex, r -> FetchReq.decode(r, CTX));
        assertThat(stat.resource()).isEqualTo(fetch.resource());
        assertThat(stat.specifiers()).isEqualTo(fetch.specifiers());
        assertThat(stat.messageCode()).isEqualTo(MessageCode.STAT_REQ.code());
    }

    @Test
    void round_trips_no_specifiers() throws WireException {
        assertThat(assertRoundTrip("00 0000", DECODE, StatReq::encode).specifiers()).isEmpty();
    }

    @Test
    void rejects_an_array_specifier_length_shorter_than_its_ranges() {
        assertInvalid("03 464f4f 0018 00000003 0000000000000000 0008 0010 00000000 00000002", DECODE);
    }
}

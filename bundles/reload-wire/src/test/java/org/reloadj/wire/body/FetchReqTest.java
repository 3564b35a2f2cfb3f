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
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StorageSamples;
import org.reloadj.wire.storage.StoredDataSpecifier;

class FetchReqTest {
    /** Specifiers of all three models: 14 + 32 + 23 = 0x45 bytes. */
    static final String THREE_SPECIFIERS = "0045"
            + "00000002 0000000000000000 0000"
            + "00000003 0000000000000007 0012 0010 00000000 00000002 00000005 ffffffff"
            + kind(DICTIONARY_KIND) + " 0000000000000000 0009 0007 0001 6b 0002 6162";
    private static final StorageSamples.Decoder<FetchReq> DECODE = r -> FetchReq.decode(r, CTX);

    @Test
    void encodes_the_resource_then_specifiers_behind_a_16_bit_length() {
        FetchReq req = new FetchReq(ResourceId.fromHex("464f4f"),
                List.of(new StoredDataSpecifier(KindId.TURN_SERVICE, 0, new ModelSpecifier.SingleValue())));
        // resource "FOO"; specifiers of 0x0e bytes: kind 2, generation 0, length 0
        assertEncodes(req, FetchReq::encode, "03 464f4f 000e 00000002 0000000000000000 0000");
        assertThat(req.messageCode()).isEqualTo(MessageCode.FETCH_REQ.code());
    }

    @Test
    void round_trips_a_specifier_of_each_data_model() throws WireException {
        FetchReq req = assertRoundTrip("03 464f4f " + THREE_SPECIFIERS, DECODE, FetchReq::encode);
        assertThat(req.specifiers()).extracting(s -> s.specifier().model().rfcName())
                .containsExactly("SINGLE", "ARRAY", "DICTIONARY");
    }

    @Test
    void rejects_a_specifier_length_that_disagrees_with_the_specifier() {
        assertInvalid("03 464f4f 000f 00000002 0000000000000000 0001 00", DECODE);
    }

    @Test
    void an_unknown_kind_is_error_unknown_kind() {
        assertError("03 464f4f 000e " + kind(UNKNOWN_KIND) + " 0000000000000000 0000", DECODE,
                ErrorCode.ERROR_UNKNOWN_KIND);
    }

    @Test
    void rejects_bytes_after_the_specifiers() {
        assertInvalid("03 464f4f 000e 00000002 0000000000000000 0000 00", DECODE);
    }

    @Test
    void a_specifiers_length_beyond_the_input_fails_cleanly() {
        assertInvalid("03 464f4f ffff 00000002", DECODE);
    }
}

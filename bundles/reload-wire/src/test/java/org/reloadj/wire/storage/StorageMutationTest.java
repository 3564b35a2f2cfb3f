package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.wire.storage.StorageSamples.CTX;
import static org.reloadj.wire.storage.StorageSamples.DICTIONARY_KIND;
import static org.reloadj.wire.storage.StorageSamples.STORED_ABC;
import static org.reloadj.wire.storage.StorageSamples.STORED_ABC_SIGNED;
import static org.reloadj.wire.storage.StorageSamples.STORED_BAR_1;
import static org.reloadj.wire.storage.StorageSamples.STORED_FOO_0;
import static org.reloadj.wire.storage.StorageSamples.STORED_K_V;
import static org.reloadj.wire.storage.StorageSamples.kind;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.Wire;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.io.WireException;

/**
 * Every truncation and many one-byte changes of valid storage bodies either fail with a
 * WireException or decode to a body that encodes back to exactly the changed bytes: no other
 * exception, and no two byte strings for one structure.
 */
class StorageMutationTest {
    private static final String STORE_REQ = "03 464f4f 00 000000b5 "
            + "00000002 0000000000000000 0000001f " + STORED_ABC
            + "00000003 0000000000000000 00000046 " + STORED_FOO_0 + STORED_BAR_1
            + kind(DICTIONARY_KIND) + " 0000000000000000 00000020 " + STORED_K_V;
    private static final String SPECIFIERS = "03 464f4f 0045 00000002 0000000000000000 0000"
            + "00000003 0000000000000007 0012 0010 00000000 00000002 00000005 ffffffff"
            + kind(DICTIONARY_KIND) + " 0000000000000000 0009 0007 0001 6b 0002 6162";
    private static final String FETCH_ANS = "00000036 00000002 0000000000000001 00000026 " + STORED_ABC_SIGNED;
    private static final String STAT_ANS = "0000002c 00000003 0000000000000001 0000001c "
            + "00000018 00000000000003e8 00015180 00000004 01 00000003 02 01 aa";

    @ParameterizedTest
    @CsvSource({"STORE_REQ, 0", "STORE_ANS, 1", "FETCH_REQ, 2", "FETCH_ANS, 3", "STAT_REQ, 2", "STAT_ANS, 4",
        "FIND_REQ, 5", "FIND_ANS, 6"})
    void truncated_or_altered_bodies_fail_cleanly_or_round_trip(MessageCode code, int sample) throws WireException {
        byte[] valid = Wire.bytes(sample(sample));
        assertThat(decode(code, valid)).isTrue();
        for (int n = 0; n < valid.length; n++) {
            decode(code, Arrays.copyOf(valid, n));
            for (int change : new int[] {0x00, 0xFF, valid[n] ^ 0x01, valid[n] ^ 0x80}) {
                byte[] altered = valid.clone();
                altered[n] = (byte) change;
                decode(code, altered);
            }
        }
    }

    private static String sample(int i) {
        return switch (i) {
            case 0 -> STORE_REQ;
            case 1 -> "002c 00000002 0000000000000005 0000 00000003 0000000000000001 0010 000102030405060708090a0b0c0d0e0f";
            case 2 -> SPECIFIERS;
            case 3 -> FETCH_ANS;
            case 4 -> STAT_ANS;
            case 5 -> "03 464f4f 08 00000002 00000003";
            default -> "000e 00000002 03 464f4f 00000003 01 00";
        };
    }

    /** Whether {@code bytes} decode; if they do, they must encode back the same. */
    private static boolean decode(MessageCode code, byte[] bytes) {
        MessageBody body;
        try {
            body = BodyCodec.decode(code.code(), Opaque.of(bytes), CTX);
        } catch (WireException e) {
            return false;
        }
        assertThat(Wire.encodeHex(body::encode)).isEqualTo(Wire.hex(bytes));
        return true;
    }
}

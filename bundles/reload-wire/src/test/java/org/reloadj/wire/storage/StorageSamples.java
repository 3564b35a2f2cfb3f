package org.reloadj.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.registry.DataModel;
import org.reloadj.wire.Wire;
import org.reloadj.wire.body.OverlayWire;
import org.reloadj.wire.io.KindModels;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/** Test support for the storage structures: a context with one kind of each model, sample bytes, assertions. */
public final class StorageSamples {
    /** A dictionary kind (private use). */
    public static final KindId DICTIONARY_KIND = new KindId(0xF000_0010L);
    /** A kind of the EXP-DATA model, which has no structure. */
    public static final KindId EXP_KIND = new KindId(0xF000_0011L);
    /** A kind no context here knows. */
    public static final KindId UNKNOWN_KIND = new KindId(0xF000_0099L);
    /** 16-byte Node-IDs and the standard kinds (2 single value, 3 and 16 array), plus the two above. */
    public static final WireContext CTX = WireContext.defaults().withKindModels(KindModels.standard()
            .with(Map.of(DICTIONARY_KIND, DataModel.DICTIONARY, EXP_KIND, DataModel.EXP_DATA)));

    /** The empty signature of 7.4.2.2: algorithms {0, 0}, identity none (3) of length 0, no value. */
    public static final String UNSIGNED = "00 00 03 0000 0000";

    /** A single value "abc" stored at 1000 ms for 86400 s, unsigned: 27 bytes after the length. */
    public static final String STORED_ABC = "0000001b 00000000000003e8 00015180 01 00000003 616263 " + UNSIGNED;
    /** An array entry "foo" at index 0, stored at 2000 ms for 33200 s, unsigned (31 bytes after the length). */
    public static final String STORED_FOO_0 = "0000001f 00000000000007d0 000081b0 00000000 01 00000003 666f6f " + UNSIGNED;
    /** An array entry "bar" at index 1, as above. */
    public static final String STORED_BAR_1 = "0000001f 00000000000007d0 000081b0 00000001 01 00000003 626172 " + UNSIGNED;
    /** A dictionary entry "k" -> "v", stored at 1000 ms for 86400 s, unsigned (28 bytes after the length). */
    public static final String STORED_K_V = "0000001c 00000000000003e8 00015180 0001 6b 01 00000001 76 " + UNSIGNED;
    /**
     * A single value "abc" signed: sha256 (4) / rsa (1), identity cert_hash (1) of 4 bytes
     * (hash_alg 4, hash aabb), a 3-byte signature value; 34 bytes after the length.
     */
    public static final String STORED_ABC_SIGNED =
            "00000022 00000000000003e8 00015180 01 00000003 616263 04 01 01 0004 04 02aabb 0003 010203";

    private StorageSamples() {
    }

    /** Reads one structure. */
    @FunctionalInterface
    public interface Decoder<T> {
        /** Reads from {@code r}. */
        T decode(WireReader r) throws WireException;
    }

    /** Writes one structure. */
    @FunctionalInterface
    public interface Encoder<T> {
        /** Writes {@code t}. */
        void encode(T t, WireWriter w);
    }

    /** Decodes {@code hex}, which must be used up. */
    public static <T> T decode(String hex, Decoder<T> decoder) throws WireException {
        return OverlayWire.decode(hex, (r, ctx) -> decoder.decode(r));
    }

    /** Decodes {@code hex}, checks encoding gives the same bytes, and returns the structure. */
    public static <T> T assertRoundTrip(String hex, Decoder<T> decoder, Encoder<T> encoder) throws WireException {
        return OverlayWire.roundTrip(hex, (r, ctx) -> decoder.decode(r), encoder::encode);
    }

    /** Checks {@code t} encodes to {@code hex}. */
    public static <T> void assertEncodes(T t, Encoder<T> encoder, String hex) {
        assertThat(Wire.encodeHex(w -> encoder.encode(t, w))).isEqualTo(OverlayWire.normalized(hex));
    }

    /** Checks decoding {@code hex} fails with {@code code}. */
    public static void assertError(String hex, Decoder<?> decoder, ErrorCode code) {
        assertThatThrownBy(() -> decoder.decode(Wire.reader(hex))).isInstanceOfSatisfying(WireException.class,
                e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    /** Checks decoding {@code hex} fails with Error_Invalid_Message. */
    public static void assertInvalid(String hex, Decoder<?> decoder) {
        assertError(hex, decoder, ErrorCode.ERROR_INVALID_MESSAGE);
    }

    /** Hex of a 4-byte Kind-ID. */
    public static String kind(KindId kind) {
        return String.format("%08x", kind.value());
    }
}

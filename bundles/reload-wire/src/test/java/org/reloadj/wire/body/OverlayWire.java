package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BiConsumer;
import org.reloadj.api.ErrorCode;
import org.reloadj.wire.Wire;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * Test support for the overlay bodies and the CHORD-RELOAD structures: decoding hex as exactly one
 * structure, round trips, and the rejection of malformed input.
 */
public final class OverlayWire {
    /** CHORD-RELOAD's 16-byte Node-IDs. */
    public static final WireContext CTX = WireContext.defaults();

    private OverlayWire() {
    }

    /** A decoder of a structure that depends on the overlay. */
    @FunctionalInterface
    public interface Decoder<T> {
        /** Reads one structure. */
        T decode(WireReader r, WireContext ctx) throws WireException;
    }

    /** Decodes hex (white space ignored) as exactly one structure, as BodyCodec does for a body. */
    public static <T> T decode(String hex, Decoder<T> decoder) throws WireException {
        return decode(hex, decoder, CTX);
    }

    /** Decodes hex as exactly one structure in {@code ctx}. */
    public static <T> T decode(String hex, Decoder<T> decoder, WireContext ctx) throws WireException {
        WireReader r = Wire.reader(hex);
        T value = decoder.decode(r, ctx);
        r.assertFinished("structure");
        return value;
    }

    /** Decodes hex, checks encoding the result gives the same bytes, and returns it. */
    public static <T> T roundTrip(String hex, Decoder<T> decoder, BiConsumer<T, WireWriter> encoder)
            throws WireException {
        T value = decode(hex, decoder);
        assertThat(Wire.encodeHex(w -> encoder.accept(value, w))).isEqualTo(normalized(hex));
        return value;
    }

    /** Decodes a body from hex, checks it encodes to the same bytes, and returns it. */
    public static <T extends MessageBody> T roundTrip(String hex, Decoder<T> decoder) throws WireException {
        return roundTrip(hex, decoder, MessageBody::encode);
    }

    /** The hex of a body's encoding. */
    public static String hex(MessageBody body) {
        return Wire.encodeHex(body::encode);
    }

    /** Hex without white space, in lower case. */
    public static String normalized(String hex) {
        return Wire.hex(Wire.bytes(hex));
    }

    /** Checks decoding hex as one structure fails with Error_Invalid_Message. */
    public static void assertInvalid(String hex, Decoder<?> decoder) {
        assertInvalid(hex, decoder, CTX);
    }

    /** Checks decoding hex as one structure in {@code ctx} fails with Error_Invalid_Message. */
    public static void assertInvalid(String hex, Decoder<?> decoder, WireContext ctx) {
        assertThatThrownBy(() -> decode(hex, decoder, ctx))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_INVALID_MESSAGE));
    }
}

package org.reloadj.wire.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.Wire;
import org.reloadj.wire.chord.ChordLeaveData;
import org.reloadj.wire.chord.ChordRouteQueryAns;
import org.reloadj.wire.chord.ChordUpdate;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * Every prefix and every one-byte change of valid samples either decodes, and then encodes back
 * to the same bytes, or fails with a WireException: never with another exception.
 */
class MalformedInputTest {
    private static final String ID = "00112233445566778899aabbccddeeff";
    private static final int[] REPLACEMENTS = {0x00, 0x01, 0x02, 0x03, 0x04, 0x7f, 0x80, 0xff};

    private record Sample<T>(String hex, OverlayWire.Decoder<T> decoder, BiConsumer<T, WireWriter> encoder) {
    }

    private static <T extends MessageBody> Sample<T> body(String hex, OverlayWire.Decoder<T> decoder) {
        return new Sample<>(hex, decoder, MessageBody::encode);
    }

    private static List<Sample<?>> samples() {
        List<Sample<?>> all = new ArrayList<>();
        for (Map.Entry<MessageCode, Object[]> e : BodyCodecOverlayTest.BODIES.entrySet()) {
            MessageCode code = e.getKey();
            all.add(body((String) e.getValue()[0], (r, ctx) -> BodyCodec.decode(code, r, ctx)));
        }
        String candidates = AttachTest.SRFLX_CANDIDATE + AttachTest.HOST_CANDIDATE;
        int n = OverlayWire.normalized(candidates).length() / 2;
        all.add(body("02 6162 02 7077 01 70" + String.format("%04x", n) + candidates + "01", AttachReq::decode));
        all.add(body("01 75 00 13c4 00 0012" + AttachTest.HOST_CANDIDATE, AppAttachAns::decode));
        all.add(body("0009 04 02 abcd 03 04 00000e10", ProbeAns::decode));
        all.add(body("03 01 02 03", ProbeReq::decode));
        all.add(body("02 0000000c 000009 0002 6b31 0003 6b3232", ConfigUpdateReq::decode));
        all.add(body("01 02 05 04 0a0b0c0d 0001 ee", RouteQueryReq::decode));
        all.add(body("0014 0004 676f6e65", ErrorResponse::decode));
        all.add(new Sample<>("00000e10 03 0010" + ID + "0010" + ID + "0000", ChordUpdate::decode, ChordUpdate::encode));
        all.add(new Sample<>("01 0020" + ID + ID, ChordLeaveData::decode, ChordLeaveData::encode));
        all.add(new Sample<>(ID, ChordRouteQueryAns::decode, ChordRouteQueryAns::encode));
        return all;
    }

    @Test
    void every_prefix_and_one_byte_change_decodes_exactly_or_fails_with_a_wire_exception() {
        int tried = 0;
        for (Sample<?> s : samples()) {
            byte[] valid = Wire.bytes(s.hex());
            for (int len = 0; len <= valid.length; len++) {
                check(s, java.util.Arrays.copyOf(valid, len));
                tried++;
            }
            for (int i = 0; i < valid.length; i++) {
                for (int b : REPLACEMENTS) {
                    byte[] changed = valid.clone();
                    changed[i] = (byte) b;
                    check(s, changed);
                    tried++;
                }
            }
        }
        assertThat(tried).isGreaterThan(1000);
    }

    private static <T> void check(Sample<T> s, byte[] input) {
        T decoded;
        try {
            WireReader r = WireReader.of(input);
            decoded = s.decoder().decode(r, OverlayWire.CTX);
            r.assertFinished("sample");
        } catch (WireException e) {
            return;
        } catch (RuntimeException e) {
            fail("decoding " + Wire.hex(input) + " threw " + e, e);
            return;
        }
        assertThat(Wire.encodeHex(w -> s.encoder().accept(decoded, w))).as(Wire.hex(input)).isEqualTo(Wire.hex(input));
    }
}

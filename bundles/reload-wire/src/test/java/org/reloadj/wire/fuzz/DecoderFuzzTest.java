package org.reloadj.wire.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.UpdateReq;
import org.reloadj.wire.chord.ChordUpdate;
import org.reloadj.wire.codec.MessageCodec;
import org.reloadj.wire.framing.FramedMessage;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.WireMessage;

/**
 * Feeds arbitrary bytes to the decoders: each input either decodes, and then encodes back to the
 * very same bytes, or is refused with a {@link WireException}. Any other exception is a defect.
 *
 * <p>In a normal build this replays the seeds in {@code DecoderFuzzTestInputs} (one signed
 * sample of every message code, written by {@code reloadj wire samples --dir}) and the findings
 * kept there; {@code JAZZER_FUZZ=1 mvn test -pl bundles/reload-wire -Dtest=DecoderFuzzTest}
 * fuzzes for real.
 */
class DecoderFuzzTest {
    private static final MessageCodec CODEC = new MessageCodec(WireContext.defaults());

    @FuzzTest(maxDuration = "60s")
    void messages_decode_canonically_or_fail_with_a_reload_error(byte[] input) {
        try {
            WireMessage m = CODEC.decode(input.clone());
            if (m instanceof ReloadMessage whole) {
                m = reencodeBody(whole);
            }
            assertThat(CODEC.encodeToBytes(m)).isEqualTo(input);
        } catch (WireException expected) {
            assertThat(expected.errorCode()).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void frames_decode_canonically_or_fail_with_a_reload_error(byte[] input) {
        try {
            WireReader r = WireReader.of(input.clone());
            FramedMessage f = FramedMessage.decode(r);
            r.assertFinished("frame");
            assertThat(WireWriter.encode(f::encode).toByteArray()).isEqualTo(input);
        } catch (WireException expected) {
            assertThat(expected.errorCode()).isNotNull();
        }
    }

    private static ReloadMessage reencodeBody(ReloadMessage m) throws WireException {
        MessageBody body = BodyCodec.decode(m.contents(), CODEC.context());
        if (body instanceof UpdateReq update) {
            body = new UpdateReq(WireWriter.encode(ChordUpdate.decode(update.data(), CODEC.context())::encode));
        }
        MessageContents contents = new MessageContents(m.contents().messageCode(), BodyCodec.encode(body),
                m.contents().extensions());
        return new ReloadMessage(m.header(), contents, m.security());
    }
}

package org.reloadj.cli.wire;

import java.util.function.Consumer;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Opaque;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.LeaveReq;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.RouteQueryAns;
import org.reloadj.wire.body.UpdateReq;
import org.reloadj.wire.chord.ChordLeaveData;
import org.reloadj.wire.chord.ChordRouteQueryAns;
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
 * Decodes a message completely (envelope, body, and CHORD-RELOAD's overlay-specific data when
 * asked) and encodes it again from the decoded model, so that every byte passes through the
 * codec both ways.
 */
public final class DeepCodec {
    private final MessageCodec codec;
    private final boolean chord;
    private final Consumer<String> warnings;

    /** A codec for {@code context}; {@code chord} decodes CHORD-RELOAD's structures too. */
    public DeepCodec(WireContext context, boolean chord) {
        this(context, chord, null);
    }

    /**
     * A codec that, when given {@code warnings}, carries the body of a message whose kinds it
     * does not know through undecoded (their data model is not on the wire, RFC 6940 7.2) and
     * says so there, instead of failing with Error_Unknown_Kind.
     */
    public DeepCodec(WireContext context, boolean chord, Consumer<String> warnings) {
        this.codec = new MessageCodec(context);
        this.chord = chord;
        this.warnings = warnings;
    }

    /** Decodes and re-encodes a framed message (RFC 6940, 6.6.2): a data or ack frame. */
    public byte[] roundTripFramed(byte[] input) throws WireException {
        WireReader r = WireReader.of(input);
        FramedMessage frame = FramedMessage.decode(r);
        r.assertFinished("framed message");
        FramedMessage again = frame;
        if (frame instanceof FramedMessage.Data data) {
            again = new FramedMessage.Data(data.sequence(), Opaque.of(roundTrip(data.message().toByteArray())));
        }
        FramedMessage out = again;
        return WireWriter.encode(out::encode).toByteArray();
    }

    /** Decodes and re-encodes one message (forwarding header, contents, security block). */
    public byte[] roundTrip(byte[] input) throws WireException {
        WireMessage m = codec.decode(input);
        if (m instanceof ReloadMessage whole) {
            m = new ReloadMessage(whole.header(), reencode(whole.contents()), whole.security());
        }
        return codec.encodeToBytes(m);
    }

    private MessageContents reencode(MessageContents contents) throws WireException {
        MessageBody body;
        try {
            body = deep(BodyCodec.decode(contents, codec.context()));
        } catch (WireException e) {
            if (warnings == null || e.errorCode() != ErrorCode.ERROR_UNKNOWN_KIND) {
                throw e;
            }
            warnings.accept(e.getMessage() + ": its data model is not on the wire, so the body is carried"
                    + " through undecoded (name it with --kind ID=MODEL to decode it)");
            return contents;
        }
        return new MessageContents(contents.messageCode(), BodyCodec.encode(body), contents.extensions());
    }

    /** The body, with CHORD-RELOAD's overlay-specific data decoded and encoded again. */
    private MessageBody deep(MessageBody body) throws WireException {
        if (!chord) {
            return body;
        }
        WireContext ctx = codec.context();
        if (body instanceof UpdateReq u) {
            return new UpdateReq(WireWriter.encode(ChordUpdate.decode(u.data(), ctx)::encode));
        }
        if (body instanceof RouteQueryAns a) {
            return new RouteQueryAns(WireWriter.encode(ChordRouteQueryAns.decode(a.data(), ctx)::encode));
        }
        if (body instanceof LeaveReq l) {
            Opaque data = WireWriter.encode(ChordLeaveData.decode(l.overlaySpecificData(), ctx)::encode);
            return new LeaveReq(l.leavingPeerId(), data);
        }
        return body;
    }
}

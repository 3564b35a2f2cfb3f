package org.reloadj.core.node;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import java.util.Objects;
import java.util.OptionalInt;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;

/**
 * A message as a forwarding peer sees it (RFC 6940, 6.1 and 6.3): the decoded forwarding header
 * and the rest of the bytes, unparsed. An intermediate peer reads and rewrites only the header
 * ("the only information that an intermediate peer ... needs to examine", 6.3); the contents and
 * the security block are parsed at the destination, after reassembly when the message is a
 * fragment (6.7).
 *
 * @param header the forwarding header
 * @param rest   the bytes after the header: contents and security block, or a fragment of them
 */
record Envelope(ForwardingHeader header, Opaque rest) {
    Envelope {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rest, "rest");
    }

    /**
     * Reads the forwarding header of {@code bytes} and keeps the rest as it is.
     *
     * @throws WireException when the header is malformed (relo_token, version, lengths, lists)
     */
    static Envelope decode(byte[] bytes, WireContext context) throws WireException {
        WireReader r = WireReader.of(bytes);
        ForwardingHeader header = ForwardingHeader.decode(r, bytes.length, context);
        return new Envelope(header, r.readRest());
    }

    /** The envelope of a whole message. */
    static Envelope of(ReloadMessage message) {
        Opaque rest = WireWriter.encode(w -> {
            message.contents().encode(w);
            message.security().encode(w);
        });
        return new Envelope(message.header(), rest);
    }

    /** This envelope with another header. */
    Envelope withHeader(ForwardingHeader newHeader) {
        return new Envelope(newHeader, rest);
    }

    /** Whether this is a whole message rather than a fragment. */
    boolean isWhole() {
        return header.isUnfragmented();
    }

    /**
     * The message code, when these bytes hold it: a whole message or the first fragment (the
     * contents start right after the header).
     */
    OptionalInt messageCode() {
        if (header.fragmentOffset() != 0 || rest.length() < 2) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((rest.byteAt(0) & 0xFF) << 8 | rest.byteAt(1) & 0xFF);
    }

    /** Whether this is known to be a request (a whole one, or its first fragment). */
    boolean isRequest() {
        OptionalInt code = messageCode();
        return code.isPresent() && MessageCode.isRequestCode(code.getAsInt());
    }

    /** Whether this is known to be a response or an error. */
    boolean isResponse() {
        OptionalInt code = messageCode();
        return code.isPresent() && !MessageCode.isRequestCode(code.getAsInt());
    }

    /**
     * Parses the whole message.
     *
     * @throws WireException when the contents or the security block are malformed
     * @throws IllegalStateException when this is a fragment
     */
    ReloadMessage toMessage() throws WireException {
        if (!isWhole()) {
            throw new IllegalStateException("a fragment is reassembled before it is parsed");
        }
        WireReader r = WireReader.of(rest);
        MessageContents contents = MessageContents.decode(r);
        SecurityBlock security = SecurityBlock.decode(r);
        r.assertFinished("message");
        return new ReloadMessage(header, contents, security);
    }

    /** The encoded message: the header, with its length field set, then the rest. */
    byte[] encode() {
        ByteBuf out = PooledByteBufAllocator.DEFAULT.heapBuffer(ForwardingHeader.FIXED_LENGTH + 64 + rest.length());
        try {
            WireWriter w = new WireWriter(out);
            int lengthAt = header.encode(w);
            w.writeFixed(rest);
            ForwardingHeader.patchLength(w, lengthAt, 0);
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }
}

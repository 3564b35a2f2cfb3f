package org.reloadj.wire.message;

import java.util.List;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The second part of a message (RFC 6940, 6.3.3): the message code, the body as bytes, and the
 * extensions. The body stays undecoded here, so a peer that only forwards never parses it; see
 * {@code BodyCodec} to read it as the structure its code names.
 *
 * @param messageCode the 16-bit message code
 * @param body        the message_body bytes
 * @param extensions  the extensions, in order
 */
public record MessageContents(int messageCode, Opaque body, List<MessageExtension> extensions) {
    /** Checks the code and copies the list. */
    public MessageContents {
        if (messageCode < 0 || messageCode > 0xFFFF) {
            throw new IllegalArgumentException("message code is 16 bits: " + messageCode);
        }
        extensions = List.copyOf(extensions);
    }

    /** Contents without extensions. */
    public MessageContents(int messageCode, Opaque body) {
        this(messageCode, body, List.of());
    }

    /** Whether the code is a request (6.3.3). */
    public boolean isRequest() {
        return MessageCode.isRequestCode(messageCode);
    }

    /** Whether this is an error response. */
    public boolean isError() {
        return messageCode == MessageCode.ERROR.code();
    }

    /** Reads MessageContents; code 0 is invalid (6.3.3). */
    public static MessageContents decode(WireReader r) throws WireException {
        int code = r.readUint16("message_code");
        if (code == 0) {
            throw WireException.invalid("message code 0 (invalidMessageCode)");
        }
        Opaque body = r.readOpaque(4, "message_body");
        List<MessageExtension> ext = Vectors.read(r, 4, "extensions", MessageExtension::decode);
        return new MessageContents(code, body, ext);
    }

    /** Writes these contents. */
    public void encode(WireWriter w) {
        w.writeUint16(messageCode).writeOpaque(4, body, "message_body");
        Vectors.write(w, 4, "extensions", extensions, MessageExtension::encode);
    }
}

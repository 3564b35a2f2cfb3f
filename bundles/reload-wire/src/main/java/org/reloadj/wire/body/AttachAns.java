package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * An Attach answer (RFC 6940, 6.5.1.2): the answering node's ICE parameters, an
 * {@link AttachReqAns}.
 *
 * @param contents the fields
 */
public record AttachAns(AttachReqAns contents) implements MessageBody {
    /** Checks the fields are present. */
    public AttachAns {
        Objects.requireNonNull(contents, "contents");
    }

    /** Reads the body. */
    public static AttachAns decode(WireReader r, WireContext ctx) throws WireException {
        return new AttachAns(AttachReqAns.decode(r));
    }

    @Override
    public int messageCode() {
        return MessageCode.ATTACH_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        contents.encode(w);
    }
}

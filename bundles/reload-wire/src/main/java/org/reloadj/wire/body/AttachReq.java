package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * An Attach request (RFC 6940, 6.5.1.1): the requesting node's ICE parameters, an
 * {@link AttachReqAns}.
 *
 * @param contents the fields
 */
public record AttachReq(AttachReqAns contents) implements MessageBody {
    /** Checks the fields are present. */
    public AttachReq {
        Objects.requireNonNull(contents, "contents");
    }

    /** Reads the body. */
    public static AttachReq decode(WireReader r, WireContext ctx) throws WireException {
        return new AttachReq(AttachReqAns.decode(r));
    }

    @Override
    public int messageCode() {
        return MessageCode.ATTACH_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        contents.encode(w);
    }
}

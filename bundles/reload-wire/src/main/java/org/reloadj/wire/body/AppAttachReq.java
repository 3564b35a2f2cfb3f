package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * An AppAttach request (RFC 6940, 6.5.2.1): the requesting node's ICE parameters for an
 * application-layer connection, an {@link AppAttachReqAns}.
 *
 * @param contents the fields
 */
public record AppAttachReq(AppAttachReqAns contents) implements MessageBody {
    /** Checks the fields are present. */
    public AppAttachReq {
        Objects.requireNonNull(contents, "contents");
    }

    /** Reads the body. */
    public static AppAttachReq decode(WireReader r, WireContext ctx) throws WireException {
        return new AppAttachReq(AppAttachReqAns.decode(r));
    }

    @Override
    public int messageCode() {
        return MessageCode.APP_ATTACH_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        contents.encode(w);
    }
}

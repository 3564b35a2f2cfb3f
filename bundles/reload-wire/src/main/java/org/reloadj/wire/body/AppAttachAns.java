package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * An AppAttach answer (RFC 6940, 6.5.2.2): the answering node's ICE parameters for an
 * application-layer connection, an {@link AppAttachReqAns}. An unsupported Application-ID is
 * answered with Error_Not_Found instead.
 *
 * @param contents the fields
 */
public record AppAttachAns(AppAttachReqAns contents) implements MessageBody {
    /** Checks the fields are present. */
    public AppAttachAns {
        Objects.requireNonNull(contents, "contents");
    }

    /** Reads the body. */
    public static AppAttachAns decode(WireReader r, WireContext ctx) throws WireException {
        return new AppAttachAns(AppAttachReqAns.decode(r));
    }

    @Override
    public int messageCode() {
        return MessageCode.APP_ATTACH_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        contents.encode(w);
    }
}

package org.reloadj.wire.body;

import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/** A Leave answer (RFC 6940, 6.4.2.2): an empty message. */
public record LeaveAns() implements MessageBody {
    /** Reads a LeaveAns: any byte is invalid. */
    public static LeaveAns decode(WireReader r, WireContext ctx) throws WireException {
        BodyFields.readEmpty(r, "LeaveAns");
        return new LeaveAns();
    }

    @Override
    public int messageCode() {
        return MessageCode.LEAVE_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        // empty (6.4.2.2)
    }
}

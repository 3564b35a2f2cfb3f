package org.reloadj.wire.body;

import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/** A ConfigUpdate answer (RFC 6940, 6.5.4.2): an empty struct. */
public record ConfigUpdateAns() implements MessageBody {
    /** Reads a ConfigUpdateAns: any byte is invalid. */
    public static ConfigUpdateAns decode(WireReader r, WireContext ctx) throws WireException {
        BodyFields.readEmpty(r, "ConfigUpdateAns");
        return new ConfigUpdateAns();
    }

    @Override
    public int messageCode() {
        return MessageCode.CONFIG_UPDATE_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        // an empty struct (6.5.4.2)
    }
}

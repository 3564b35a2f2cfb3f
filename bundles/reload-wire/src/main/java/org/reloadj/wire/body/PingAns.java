package org.reloadj.wire.body;

import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A Ping answer (RFC 6940, 6.5.3.2). Both fields are uint64s kept as the bits of a long (compare
 * them with {@link Long#compareUnsigned}).
 *
 * @param responseId a random 64-bit identifier that tells Ping answers apart
 * @param time       when the answer was made, as a storage_time: milliseconds since the Unix
 *                   epoch (7)
 */
public record PingAns(long responseId, long time) implements MessageBody {
    /** Reads a PingAns. */
    public static PingAns decode(WireReader r, WireContext ctx) throws WireException {
        long responseId = r.readInt64("response_id");
        return new PingAns(responseId, r.readInt64("time"));
    }

    @Override
    public int messageCode() {
        return MessageCode.PING_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeInt64(responseId).writeInt64(time);
    }
}

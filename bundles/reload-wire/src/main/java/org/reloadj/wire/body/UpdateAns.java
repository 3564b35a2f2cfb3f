package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * An Update answer (RFC 6940, 6.4.2.3): its contents are completely overlay specific, so the
 * whole body is kept as bytes for the Topology Plug-in to read.
 *
 * @param data the body's bytes
 */
public record UpdateAns(Opaque data) implements MessageBody {
    /** Checks the bytes are present. */
    public UpdateAns {
        Objects.requireNonNull(data, "data");
    }

    /** Reads every remaining byte as the body. */
    public static UpdateAns decode(WireReader r, WireContext ctx) {
        return new UpdateAns(r.readRest());
    }

    @Override
    public int messageCode() {
        return MessageCode.UPDATE_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeFixed(data);
    }
}

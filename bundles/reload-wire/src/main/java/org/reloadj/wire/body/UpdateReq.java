package org.reloadj.wire.body;

import java.util.Objects;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * An Update request (RFC 6940, 6.4.2.3): its contents are completely overlay specific, so the
 * whole body is kept as bytes for the Topology Plug-in to read (for CHORD-RELOAD a
 * {@link org.reloadj.wire.chord.ChordUpdate}, 10.7).
 *
 * @param data the body's bytes
 */
public record UpdateReq(Opaque data) implements MessageBody {
    /** Checks the bytes are present. */
    public UpdateReq {
        Objects.requireNonNull(data, "data");
    }

    /** Reads every remaining byte as the body. */
    public static UpdateReq decode(WireReader r, WireContext ctx) {
        return new UpdateReq(r.readRest());
    }

    @Override
    public int messageCode() {
        return MessageCode.UPDATE_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeFixed(data);
    }
}

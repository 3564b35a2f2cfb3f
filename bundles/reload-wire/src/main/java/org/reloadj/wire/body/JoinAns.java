package org.reloadj.wire.body;

import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A Join answer (RFC 6940, 6.4.2.1): data the Topology Plug-in defines, if any.
 *
 * @param overlaySpecificData {@code opaque overlay_specific_data<0..2^16-1>}
 */
public record JoinAns(Opaque overlaySpecificData) implements MessageBody {
    /** Checks the data fits its 16-bit length. */
    public JoinAns {
        BodyFields.opaque(overlaySpecificData, 2, "overlay_specific_data");
    }

    /** Reads a JoinAns. */
    public static JoinAns decode(WireReader r, WireContext ctx) throws WireException {
        return new JoinAns(r.readOpaque(2, "overlay_specific_data"));
    }

    @Override
    public int messageCode() {
        return MessageCode.JOIN_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        w.writeOpaque(2, overlaySpecificData, "overlay_specific_data");
    }
}

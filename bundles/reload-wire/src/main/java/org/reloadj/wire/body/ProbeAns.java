package org.reloadj.wire.body;

import java.util.List;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A Probe answer (RFC 6940, 6.4.2.5.2): {@code ProbeInformation probe_info<0..2^16-1>}, the
 * requested values the responder recognises, in the requested order.
 *
 * @param probeInfo the information elements
 */
public record ProbeAns(List<ProbeInformation> probeInfo) implements MessageBody {
    /** Copies the list. */
    public ProbeAns {
        probeInfo = List.copyOf(probeInfo);
    }

    /** Reads a ProbeAns. */
    public static ProbeAns decode(WireReader r, WireContext ctx) throws WireException {
        return new ProbeAns(Vectors.read(r, 2, "probe_info", ProbeInformation::decode));
    }

    @Override
    public int messageCode() {
        return MessageCode.PROBE_ANS.code();
    }

    @Override
    public void encode(WireWriter w) {
        Vectors.write(w, 2, "probe_info", probeInfo, ProbeInformation::encode);
    }
}

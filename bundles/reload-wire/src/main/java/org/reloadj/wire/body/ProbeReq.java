package org.reloadj.wire.body;

import java.util.Arrays;
import java.util.List;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.registry.ProbeInformationType;
import org.reloadj.wire.io.Vectors;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * A Probe request (RFC 6940, 6.4.2.5.1): the status information the requester wants, as
 * {@code ProbeInformationType requested_info<0..2^8-1>}. Types are kept as codes (see
 * {@link ProbeInformationType}), so types this implementation does not know are carried through.
 *
 * @param requestedInfo the requested type codes, 1..255 each, in the order asked
 */
public record ProbeReq(List<Integer> requestedInfo) implements MessageBody {
    /** Checks the codes and copies the list. */
    public ProbeReq {
        requestedInfo = List.copyOf(requestedInfo);
        if (requestedInfo.size() > 255) {
            throw new IllegalArgumentException("requested_info has at most 255 entries: " + requestedInfo.size());
        }
        requestedInfo.forEach(t -> BodyFields.type(t, "ProbeInformationType"));
    }

    /** A request for these types. */
    public static ProbeReq of(ProbeInformationType... types) {
        return new ProbeReq(Arrays.stream(types).map(ProbeInformationType::code).toList());
    }

    /** Reads a ProbeReq; the type 0 (invalidProbeInformationType) is invalid. */
    public static ProbeReq decode(WireReader r, WireContext ctx) throws WireException {
        return new ProbeReq(Vectors.read(r, 1, "requested_info",
                in -> BodyFields.readType(in, "ProbeInformationType")));
    }

    @Override
    public int messageCode() {
        return MessageCode.PROBE_REQ.code();
    }

    @Override
    public void encode(WireWriter w) {
        Vectors.write(w, 1, "requested_info", requestedInfo, (t, out) -> out.writeUint8(t));
    }
}

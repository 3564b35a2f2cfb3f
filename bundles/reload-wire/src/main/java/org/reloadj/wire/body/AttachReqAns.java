package org.reloadj.wire.body;

import java.util.List;
import org.reloadj.api.Opaque;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The ICE parameters an Attach request and its answer both carry (RFC 6940, 6.5.1.1 and
 * 6.5.1.2).
 *
 * @param ufrag      the ICE username fragment, {@code opaque<0..2^8-1>}
 * @param password   the ICE password, {@code opaque<0..2^8-1>}
 * @param role       the RFC 4145 role ("passive" for the offerer, "active" for the answerer),
 *                   {@code opaque<0..2^8-1>}
 * @param candidates the ICE candidates
 * @param sendUpdate whether the sender wants an Update once connected (as in RouteQueryReq)
 */
public record AttachReqAns(Opaque ufrag, Opaque password, Opaque role, List<IceCandidate> candidates,
        boolean sendUpdate) {
    /** Checks the lengths and copies the list. */
    public AttachReqAns {
        IceCandidate.checkParameters(ufrag, password, role);
        candidates = List.copyOf(candidates);
    }

    /** Reads an AttachReqAns; a send_update other than 0 or 1 is invalid. */
    public static AttachReqAns decode(WireReader r) throws WireException {
        Opaque ufrag = r.readOpaque(1, "ufrag");
        Opaque password = r.readOpaque(1, "password");
        Opaque role = r.readOpaque(1, "role");
        List<IceCandidate> candidates = IceCandidate.readList(r);
        return new AttachReqAns(ufrag, password, role, candidates, r.readBoolean("send_update"));
    }

    /** Writes these parameters. */
    public void encode(WireWriter w) {
        w.writeOpaque(1, ufrag, "ufrag").writeOpaque(1, password, "password").writeOpaque(1, role, "role");
        IceCandidate.writeList(w, candidates);
        w.writeBoolean(sendUpdate);
    }
}

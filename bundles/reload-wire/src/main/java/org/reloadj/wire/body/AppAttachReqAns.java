package org.reloadj.wire.body;

import java.util.List;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.ApplicationId;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;

/**
 * The fields an AppAttach request and its answer both carry (RFC 6940, 6.5.2.1 and 6.5.2.2):
 * the ICE parameters of an application-layer connection.
 *
 * @param ufrag       the ICE username fragment, {@code opaque<0..2^8-1>}
 * @param password    the ICE password, {@code opaque<0..2^8-1>}
 * @param application the 16-bit Application-ID of the protocol to run (14.5; see
 *                    {@link ApplicationId})
 * @param role        the RFC 4145 role, {@code opaque<0..2^8-1>}
 * @param candidates  the ICE candidates
 */
public record AppAttachReqAns(Opaque ufrag, Opaque password, int application, Opaque role,
        List<IceCandidate> candidates) {
    /** Checks the lengths and the Application-ID and copies the list. */
    public AppAttachReqAns {
        IceCandidate.checkParameters(ufrag, password, role);
        BodyFields.unsigned(application, 16, "application");
        candidates = List.copyOf(candidates);
    }

    /** Reads the fields. */
    public static AppAttachReqAns decode(WireReader r) throws WireException {
        Opaque ufrag = r.readOpaque(1, "ufrag");
        Opaque password = r.readOpaque(1, "password");
        int application = r.readUint16("application");
        Opaque role = r.readOpaque(1, "role");
        return new AppAttachReqAns(ufrag, password, application, role, IceCandidate.readList(r));
    }

    /** Writes the fields. */
    public void encode(WireWriter w) {
        w.writeOpaque(1, ufrag, "ufrag").writeOpaque(1, password, "password").writeUint16(application);
        w.writeOpaque(1, role, "role");
        IceCandidate.writeList(w, candidates);
    }
}

package org.reloadj.sim;

import java.time.Clock;
import org.reloadj.api.NodeId;

/** Issues each simulated peer its {@link PeerSecurity}, all of one overlay. */
interface SimSecurity {
    /** The security of the peer {@code id} with user name {@code userName}. */
    PeerSecurity issue(NodeId id, String userName);

    /** The security of {@code mode}, on {@code clock}. */
    static SimSecurity of(SimOptions.Security mode, Clock clock) {
        return mode == SimOptions.Security.ECDSA ? new CertificateSimSecurity(clock) : new SharedKeySimSecurity();
    }
}

package org.reloadj.sim;

import java.nio.charset.StandardCharsets;
import org.reloadj.api.NodeId;
import org.reloadj.core.sim.SharedKeySecurity;
import org.reloadj.core.sim.SharedKeyStoredData;
import org.reloadj.core.storage.ValueCertificates;

/**
 * {@link SimOptions.Security#SHARED_KEY}: every message and stored value carries an HMAC-SHA256 with
 * the simulation's shared key ({@link SharedKeySecurity}, {@link SharedKeyStoredData}). Responses
 * are checked by the Node-ID rule of RFC 6940, 6.3.4 only, since there is no certificate.
 */
final class SharedKeySimSecurity implements SimSecurity {
    private static final byte[] KEY = "reloadj simulation".getBytes(StandardCharsets.UTF_8);

    @Override
    public PeerSecurity issue(NodeId id, String userName) {
        SharedKeySecurity messages = new SharedKeySecurity(KEY, id, userName);
        SharedKeyStoredData values = new SharedKeyStoredData(KEY, id, userName);
        return new PeerSecurity(check -> messages, values, ValueCertificates.NONE, values::sign);
    }
}

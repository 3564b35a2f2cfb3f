package org.reloadj.security.signature;

import java.util.Objects;
import org.reloadj.api.NodeId;
import org.reloadj.security.ReloadCertificate;

/**
 * Who made a verified signature (RFC 6940, 6.3.4): the signer's validated certificate and the
 * Node-ID its signer identity designates.
 *
 * @param certificate the signer's certificate, valid at verification time
 * @param nodeId      the Node-ID that signed, one of the certificate's
 */
public record VerifiedSigner(ReloadCertificate certificate, NodeId nodeId) {
    /** Checks the certificate holds the Node-ID. */
    public VerifiedSigner {
        Objects.requireNonNull(certificate, "certificate");
        if (!certificate.holds(nodeId)) {
            throw new IllegalArgumentException("the certificate does not hold " + nodeId);
        }
    }

    /** The signer's user name (11.3). */
    public String userName() {
        return certificate.userName();
    }
}

package org.reloadj.core.node;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.security.ReloadCertificate;

/**
 * Who signed a message, as its verification established (RFC 6940, 6.3.4): the Node-ID the signer
 * identity names, the user name of the signer's certificate and, with certificate-based security,
 * that certificate (validated when the message was verified).
 *
 * @param nodeId      the Node-ID the message was signed with
 * @param userName    the certificate's user name (its rfc822Name), if it holds one
 * @param certificate the signer's certificate; empty with stand-in security (tests, simulation)
 */
public record VerifiedSender(NodeId nodeId, Optional<String> userName, Optional<ReloadCertificate> certificate) {
    /** Checks the parts are present and the certificate holds the Node-ID. */
    public VerifiedSender {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(certificate, "certificate");
        if (certificate.isPresent() && !certificate.get().holds(nodeId)) {
            throw new IllegalArgumentException("the certificate does not hold " + nodeId);
        }
    }

    /** A sender known by Node-ID and user name only, without a certificate. */
    public VerifiedSender(NodeId nodeId, Optional<String> userName) {
        this(nodeId, userName, Optional.empty());
    }

    /** A sender with a user name, without a certificate. */
    public static VerifiedSender of(NodeId nodeId, String userName) {
        return new VerifiedSender(nodeId, Optional.of(userName));
    }

    /** The signer of a validated certificate, as the Node-ID {@code nodeId} of it. */
    public static VerifiedSender of(ReloadCertificate certificate, NodeId nodeId) {
        return new VerifiedSender(nodeId, Optional.of(certificate.userName()), Optional.of(certificate));
    }

    /**
     * Every Node-ID of the signer's certificate (7.3 looks at the certificate); without a
     * certificate, the signing Node-ID alone.
     */
    public List<NodeId> nodeIds() {
        return certificate.map(ReloadCertificate::nodeIds).orElse(List.of(nodeId));
    }
}

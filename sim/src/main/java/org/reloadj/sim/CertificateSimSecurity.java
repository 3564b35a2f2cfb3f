package org.reloadj.sim;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.reloadj.api.NodeId;
import org.reloadj.core.security.OverlaySecurity;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;
import org.reloadj.security.signature.CertificateSource;

/**
 * {@link SimOptions.Security#ECDSA}: an overlay CA of the simulation issues each peer an ECDSA P-256
 * certificate with its Node-ID and user name (RFC 6940, 11.3), and the peer signs and verifies as
 * a real node does ({@link OverlaySecurity}), responses to Resource-IDs judged by the topology
 * (6.3.4). One certificate validator, with its cache, serves every peer.
 */
final class CertificateSimSecurity implements SimSecurity {
    private static final Duration VALIDITY = Duration.ofDays(365);

    private final OverlayCa ca;
    private final CertificateValidator validator;

    CertificateSimSecurity(Clock clock) {
        this.ca = OverlayCa.create(SimPeers.OVERLAY, KeyAlgorithm.ECDSA_P256, clock, VALIDITY.multipliedBy(2));
        this.validator = new CertificateValidator(TrustAnchors.of(List.of(ca.rootCertificate())), clock,
                SimPeers.NODE_ID_LENGTH, SelfSignedPolicy.forbidden());
    }

    @Override
    public PeerSecurity issue(NodeId id, String userName) {
        OverlaySecurity security;
        try {
            KeyPair pair = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
            ReloadCertificate certificate = ReloadCertificate.parse(ca.issueNodeCertificate(pair.getPublic(),
                    List.of(id), new UserName(userName), VALIDITY), SimPeers.NODE_ID_LENGTH);
            security = OverlaySecurity.of(Credentials.of(pair.getPrivate(), certificate), validator,
                    CertificateSource.none());
        } catch (ReloadSecurityException e) {
            throw new IllegalStateException("the simulation's CA could not issue a certificate", e);
        }
        return new PeerSecurity(security::messages, security.storedData(), security.certificates(),
                security.storedData()::sign);
    }
}

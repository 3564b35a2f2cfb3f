package org.reloadj.testkit;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;

/**
 * An overlay CA for tests (RFC 6940, 11.3): issues node certificates with ECDSA P-256 keys, dated
 * by the clock it was made with, and validates them with its root as the only trust anchor.
 */
public final class TestCa {
    private final OverlayCa ca;
    private final Clock clock;

    /** A CA of {@code overlay} whose root is valid for a year from {@code clock}'s time. */
    public TestCa(String overlay, Clock clock) {
        this.ca = OverlayCa.create(overlay, KeyAlgorithm.ECDSA_P256, clock, Duration.ofDays(365));
        this.clock = clock;
    }

    /** The root certificate. */
    public X509Certificate root() {
        return ca.rootCertificate();
    }

    /**
     * Credentials of {@code user} for {@code nodeIds} (16 to 20 bytes, all of one length), with a
     * fresh key, valid for {@code validity} from now.
     */
    public Credentials credentials(String user, Duration validity, NodeId... nodeIds) {
        KeyPair pair = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
        try {
            X509Certificate cert = ca.issueNodeCertificate(pair.getPublic(), List.of(nodeIds), new UserName(user),
                    validity);
            return Credentials.of(pair.getPrivate(), ReloadCertificate.parse(cert, nodeIds[0].length()));
        } catch (ReloadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate of {@link #credentials}. */
    public ReloadCertificate certificate(String user, Duration validity, NodeId... nodeIds) {
        return credentials(user, validity, nodeIds).certificate();
    }

    /** A validator trusting this CA's root, for 16-byte Node-IDs, at this CA's clock. */
    public CertificateValidator validator() {
        return new CertificateValidator(TrustAnchors.of(List.of(root())), clock, 16, SelfSignedPolicy.forbidden());
    }
}

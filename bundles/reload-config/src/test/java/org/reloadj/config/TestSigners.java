package org.reloadj.config;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;

/**
 * An overlay CA and node credentials made fresh for each test class (no key lives in the
 * repository).
 *
 * @param ca          the overlay's CA, whose root is the configuration's root-cert
 * @param credentials a node's credentials issued by that CA
 */
record TestSigners(OverlayCa ca, Credentials credentials) {
    static final String OVERLAY = "overlay.example.org";

    /** A CA of {@link #OVERLAY} and one node credentials from it. */
    static TestSigners create() {
        try {
            OverlayCa ca = OverlayCa.create(OVERLAY, KeyAlgorithm.ECDSA_P256, Clock.systemUTC(), Duration.ofDays(30));
            KeyPair pair = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
            byte[] id = new byte[16];
            new SecureRandom().nextBytes(id);
            X509Certificate cert = ca.issueNodeCertificate(pair.getPublic(), List.of(NodeId.of(id)),
                    new UserName("signer@" + OVERLAY), Duration.ofDays(10));
            return new TestSigners(ca, Credentials.of(pair.getPrivate(), ReloadCertificate.parse(cert, 16)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make test credentials", e);
        }
    }

    /** The Node-ID of the credentials, in hex. */
    String nodeIdHex() {
        return credentials.certificate().nodeIds().get(0).toString();
    }

    /** The root certificate in DER. */
    Opaque rootDer() {
        try {
            return Opaque.of(ca.rootCertificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A configuration of {@link #OVERLAY} that lists this signer and root, sequence 1, expiring in a week. */
    OverlayConfigurationBuilder configuration() {
        return OverlayConfiguration.builder(OVERLAY).sequence(1)
                .expiration(java.time.Instant.now().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .addRootCertificate(rootDer()).addConfigurationSigner(nodeIdHex()).addKindSigner(nodeIdHex());
    }
}

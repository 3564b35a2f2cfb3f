package org.reloadj.bench.cluster;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.reloadj.api.NodeId;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;

/**
 * Enrollment of the benchmark's nodes by an in-process overlay CA (RFC 6940, 11.3): each node gets
 * a fresh key of the benchmark's algorithm and a certificate with a random Node-ID and a user name
 * of its own.
 */
final class ClusterIdentities {
    private static final Duration VALIDITY = Duration.ofDays(2);

    private final String overlay;
    private final OverlayCa ca;
    private final KeyAlgorithm algorithm;
    private final int nodeIdLength;
    private final SplittableRandom random;

    ClusterIdentities(String overlay, KeyAlgorithm algorithm, int nodeIdLength, long seed) {
        this.overlay = overlay;
        this.ca = OverlayCa.create(overlay, algorithm, Clock.systemUTC(), VALIDITY.multipliedBy(2));
        this.algorithm = algorithm;
        this.nodeIdLength = nodeIdLength;
        this.random = new SplittableRandom(seed);
    }

    X509Certificate root() {
        return ca.rootCertificate();
    }

    /** The credentials of node number {@code index}. */
    Credentials issue(int index) throws ReloadSecurityException {
        byte[] id = new byte[nodeIdLength];
        random.nextBytes(id);
        KeyPair pair = KeyPairs.generate(algorithm);
        X509Certificate certificate = ca.issueNodeCertificate(pair.getPublic(), List.of(NodeId.of(id)),
                UserName.forAccount("node" + index, overlay), VALIDITY);
        return Credentials.of(pair.getPrivate(), ReloadCertificate.parse(certificate, nodeIdLength));
    }
}

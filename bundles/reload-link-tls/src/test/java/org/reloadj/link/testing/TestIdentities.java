package org.reloadj.link.testing;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;
import org.reloadj.security.link.LinkAuthentication;
import org.reloadj.security.psk.SharedSecretPsk;

/**
 * Test support for the link bundles: an overlay CA on a clock that can be turned back (to issue
 * expired certificates), node credentials for chosen Node-IDs, and 16-byte Node-IDs by number.
 */
public final class TestIdentities {
    public static final String OVERLAY = "links.example.org";
    public static final int NODE_ID_LENGTH = 16;

    private final SettableClock clock = new SettableClock();
    private final KeyAlgorithm algorithm;
    private final OverlayCa ca;

    /** A CA with an ECDSA P-256 root. */
    public TestIdentities() {
        this(KeyAlgorithm.ECDSA_P256);
    }

    /** A CA whose root and node keys are of {@code algorithm}. */
    public TestIdentities(KeyAlgorithm algorithm) {
        this.algorithm = algorithm;
        this.ca = OverlayCa.create(OVERLAY, algorithm, clock, OverlayCa.DEFAULT_ROOT_VALIDITY);
    }

    /** The Node-ID {@code n} n n ... (16 bytes). */
    public static NodeId nodeId(int n) {
        byte[] b = new byte[NODE_ID_LENGTH];
        java.util.Arrays.fill(b, (byte) n);
        return NodeId.of(b);
    }

    /** How links of this overlay authenticate peers (CA-issued certificates, system clock). */
    public static LinkAuthentication authentication() {
        return LinkAuthentication.of(NODE_ID_LENGTH);
    }

    /** The root certificate. */
    public X509Certificate root() {
        return ca.rootCertificate();
    }

    /** Credentials of a node holding {@code ids}, valid for a day. */
    public LinkCredentials credentials(NodeId... ids) {
        return issue(Duration.ofDays(1), ids);
    }

    /**
     * Credentials of a node holding {@code id} in a shared-secret overlay (RFC 6940, 4.1.1): its
     * certificate, plus the TLS-PSK key of {@code secret} and its Node-ID as PSK identity.
     */
    public LinkCredentials sharedSecretCredentials(String secret, NodeId id) {
        return SharedSecretPsk.derive(OVERLAY, secret).linkCredentials(credentials(id), id);
    }

    /** Credentials whose certificate expired an hour ago (issued, with the CA's clock set back, for a day). */
    public LinkCredentials expiredCredentials(NodeId... ids) {
        clock.shift(Duration.ofDays(-1).minusHours(1).minusMinutes(10));
        try {
            return issue(Duration.ofDays(1), ids);
        } finally {
            clock.shift(Duration.ZERO);
        }
    }

    private LinkCredentials issue(Duration validity, NodeId... ids) {
        KeyPair keys = KeyPairs.generate(algorithm);
        try {
            X509Certificate cert = ca.issueNodeCertificate(keys.getPublic(), List.of(ids),
                    new UserName("node" + ids[0].bytes().byteAt(0) + "@" + OVERLAY), validity);
            return new LinkCredentials(keys.getPrivate(), List.of(cert), List.of(ca.rootCertificate()),
                    Optional.empty(), Optional.empty());
        } catch (ReloadSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The system clock, shifted while expired certificates are issued. */
    private static final class SettableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void shift(Duration by) {
            offset = by;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

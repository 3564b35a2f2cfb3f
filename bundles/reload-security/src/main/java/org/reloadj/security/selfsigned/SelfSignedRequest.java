package org.reloadj.security.selfsigned;

import java.time.Duration;
import java.util.Objects;
import org.reloadj.api.NodeId;
import org.reloadj.api.OverlayHash;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.SelfSignedPolicy;

/**
 * What a self-signed certificate is made of (RFC 6940, 11.3.1).
 *
 * @param algorithm    the key algorithm
 * @param userName     the user name (rfc822Name), any the user chooses
 * @param overlay      the overlay name
 * @param nodeIdLength the overlay's Node-ID length, 16 to 20 bytes
 * @param nodeIdCount  how many Node-IDs the certificate holds
 * @param digest       the digest of the configuration's self-signed-permitted element
 * @param validity     how long the certificate is valid from now
 */
public record SelfSignedRequest(KeyAlgorithm algorithm, String userName, String overlay, int nodeIdLength,
        int nodeIdCount, HashAlgorithm digest, Duration validity) {

    /** Checks the values. */
    public SelfSignedRequest {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(validity, "validity");
        new SelfSignedPolicy(true, digest); // refuses a digest other than sha1 and sha256 (11.1)
        if (!OverlayHash.isDnsName(overlay)) {
            throw new IllegalArgumentException("not an overlay name: " + overlay);
        }
        if (!NodeId.isValidLength(nodeIdLength)) {
            throw new IllegalArgumentException("Node-IDs have 16 to 20 bytes, not " + nodeIdLength);
        }
        if (nodeIdCount < 1) {
            throw new IllegalArgumentException("a certificate holds at least one Node-ID: " + nodeIdCount);
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive: " + validity);
        }
    }

    /**
     * An ECDSA P-256 certificate of one 16-byte Node-ID (CHORD-RELOAD's length) derived with
     * sha256, valid for a year.
     */
    public static SelfSignedRequest of(String userName, String overlay) {
        return new SelfSignedRequest(KeyAlgorithm.ECDSA_P256, userName, overlay, 16, 1, HashAlgorithm.SHA256,
                Duration.ofDays(365));
    }

    /** This request with another key algorithm. */
    public SelfSignedRequest withAlgorithm(KeyAlgorithm a) {
        return new SelfSignedRequest(a, userName, overlay, nodeIdLength, nodeIdCount, digest, validity);
    }

    /** This request with {@code count} Node-IDs of {@code length} bytes. */
    public SelfSignedRequest withNodeIds(int count, int length) {
        return new SelfSignedRequest(algorithm, userName, overlay, length, count, digest, validity);
    }

    /** This request with another Node-ID digest (sha1 or sha256). */
    public SelfSignedRequest withDigest(HashAlgorithm d) {
        return new SelfSignedRequest(algorithm, userName, overlay, nodeIdLength, nodeIdCount, d, validity);
    }

    /** This request with another validity. */
    public SelfSignedRequest withValidity(Duration v) {
        return new SelfSignedRequest(algorithm, userName, overlay, nodeIdLength, nodeIdCount, digest, v);
    }
}

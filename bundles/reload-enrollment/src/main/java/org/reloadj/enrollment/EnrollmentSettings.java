package org.reloadj.enrollment;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.OverlayHash;
import org.reloadj.security.KeyAlgorithm;

/**
 * How an {@link EnrollmentServer} runs: {@link #defaults} for a local server, or every setting
 * spelled out (the command line does that with its options and their defaults).
 *
 * @param overlay             the overlay name: the CA's, the TLS certificate's host name, and the
 *                            host of the URLs the server announces (RFC 6940, 11.2, 11.3)
 * @param directory           where the CA, the user store and the Node-ID assignments are kept
 * @param bind                the address to listen on (port 0: any free port)
 * @param enrollPath          the path of the enrollment URL, e.g. {@code /enroll}
 * @param maxNodeIdsPerUser   how many Node-IDs one user may hold
 * @param nodeIdLength        the overlay's Node-ID length in bytes (16 to 20)
 * @param keyAlgorithm        the key algorithm of a new CA and of the server's TLS key
 * @param configurationFile   a configuration document to serve as it is; when empty, a minimal
 *                            one is generated (RFC 6940, 11.1)
 * @param maxRequestBytes     the largest request body accepted (larger: 413)
 * @param certificateValidity how long an issued node certificate is valid
 * @param clock               the clock for certificate validity
 */
public record EnrollmentSettings(String overlay, Path directory, InetSocketAddress bind, String enrollPath,
        int maxNodeIdsPerUser, int nodeIdLength, KeyAlgorithm keyAlgorithm, Optional<Path> configurationFile,
        int maxRequestBytes, Duration certificateValidity, Clock clock) {
    /** The path of the configuration document (RFC 6940, 11.2; RFC 5785). */
    public static final String CONFIGURATION_PATH = "/.well-known/reload-config";
    /** The default enrollment path. */
    public static final String DEFAULT_ENROLL_PATH = "/enroll";
    /** The default number of Node-IDs a user may hold. */
    public static final int DEFAULT_MAX_NODE_IDS = 4;
    /** The default largest request body: room for an RSA-4096 request and the form around it. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;

    /** Checks the settings. */
    public EnrollmentSettings {
        if (!OverlayHash.isDnsName(overlay)) {
            throw new IllegalArgumentException("an overlay name is a DNS name: " + overlay);
        }
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(bind, "bind");
        if (!enrollPath.startsWith("/") || enrollPath.equals(CONFIGURATION_PATH) || enrollPath.contains("?")) {
            throw new IllegalArgumentException("the enrollment path is an absolute path of its own: " + enrollPath);
        }
        if (maxNodeIdsPerUser < 1) {
            throw new IllegalArgumentException("a user may hold at least one Node-ID, not " + maxNodeIdsPerUser);
        }
        if (!NodeId.isValidLength(nodeIdLength)) {
            throw new IllegalArgumentException("Node-IDs have 16 to 20 bytes, not " + nodeIdLength);
        }
        Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
        Objects.requireNonNull(configurationFile, "configurationFile");
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("a request body limit below 1024 bytes leaves no room for a request");
        }
        if (certificateValidity.isNegative() || certificateValidity.isZero()) {
            throw new IllegalArgumentException("certificates are valid for some time, not " + certificateValidity);
        }
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * The defaults for {@code overlay} kept in {@code directory}: 127.0.0.1 on any free port,
     * {@code /enroll}, 4 Node-IDs per user of 16 bytes, ECDSA P-256, a generated configuration,
     * 64 KiB requests, certificates valid 365 days, the system clock.
     */
    public static EnrollmentSettings defaults(String overlay, Path directory) {
        return new EnrollmentSettings(overlay, directory, new InetSocketAddress("127.0.0.1", 0),
                DEFAULT_ENROLL_PATH, DEFAULT_MAX_NODE_IDS, NodeId.MIN_LENGTH, KeyAlgorithm.ECDSA_P256, Optional.empty(),
                DEFAULT_MAX_REQUEST_BYTES, Duration.ofDays(365), Clock.systemUTC());
    }

    /** These settings listening on {@code address}. */
    public EnrollmentSettings withBind(InetSocketAddress address) {
        return new EnrollmentSettings(overlay, directory, address, enrollPath, maxNodeIdsPerUser, nodeIdLength,
                keyAlgorithm, configurationFile, maxRequestBytes, certificateValidity, clock);
    }
}

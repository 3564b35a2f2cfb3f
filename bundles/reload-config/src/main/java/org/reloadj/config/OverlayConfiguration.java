package org.reloadj.config;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.reloadj.api.Opaque;

/**
 * The contents of one {@code configuration} element (RFC 6940, 11.1): what every node of the
 * overlay {@code instance-name} shares. Absent elements hold the RFC's defaults (the
 * {@code DEFAULT_*} constants), so a reader never needs to know which were written.
 *
 * <p>Equal configurations have equal contents, whatever bytes they were read from; the bytes, which
 * signatures cover, are in {@link SignedConfiguration}. Build one with {@link #builder(String)}.
 *
 * @param instanceName            {@code instance-name}: the overlay name
 * @param sequence                {@code sequence}: 0 to 65534 (6.3.2.1), when given
 * @param expiration              {@code expiration}, when given
 * @param topologyPlugin          {@code topology-plugin}
 * @param nodeIdLength            {@code node-id-length}: 16 to 20 bytes
 * @param rootCertificates        {@code root-cert}: DER of X.509 trust anchors (empty when the
 *                                text was not base64)
 * @param enrollmentServers       {@code enrollment-server}: https URLs, as written
 * @param selfSignedPermitted     {@code self-signed-permitted}, when present
 * @param bootstrapNodes          {@code bootstrap-node}
 * @param turnDensity             {@code turn-density}
 * @param clientsPermitted        {@code clients-permitted}
 * @param noIce                   {@code no-ice}
 * @param sharedSecret            {@code shared-secret}, when present
 * @param maxMessageSize          {@code max-message-size} in bytes
 * @param initialTtl              {@code initial-ttl}
 * @param overlayReliabilityTimer {@code overlay-reliability-timer} in milliseconds
 * @param overlayLinkProtocols    {@code overlay-link-protocol}: {@code [TLS]} when none is given
 * @param chord                   the CHORD-RELOAD parameters
 * @param configurationSigners    {@code configuration-signer}: Node-IDs in hex, as written
 * @param kindSigners             {@code kind-signer}: Node-IDs in hex, as written
 * @param badNodes                {@code bad-node}: Node-IDs in hex, as written
 * @param mandatoryExtensions     {@code mandatory-extension}: namespaces a member must support
 * @param kinds                   {@code required-kinds}
 * @param extensionAttributes     foreign attributes of the {@code configuration} element
 * @param extensions              foreign elements of the configuration
 */
public record OverlayConfiguration(String instanceName, OptionalLong sequence, Optional<Instant> expiration,
        String topologyPlugin, int nodeIdLength, List<Opaque> rootCertificates, List<String> enrollmentServers,
        Optional<SelfSignedPermitted> selfSignedPermitted, List<BootstrapNode> bootstrapNodes, int turnDensity,
        boolean clientsPermitted, boolean noIce, Optional<String> sharedSecret, long maxMessageSize, int initialTtl,
        int overlayReliabilityTimer, List<String> overlayLinkProtocols, ChordParameters chord,
        List<String> configurationSigners, List<String> kindSigners, List<String> badNodes,
        List<String> mandatoryExtensions, List<KindBlock> kinds, List<ExtensionAttribute> extensionAttributes,
        List<ExtensionElement> extensions) {

    /** {@code topology-plugin} when absent. */
    public static final String DEFAULT_TOPOLOGY_PLUGIN = "CHORD-RELOAD";
    /** {@code node-id-length} when absent (128 bits). */
    public static final int DEFAULT_NODE_ID_LENGTH = 16;
    /** {@code turn-density} when absent. */
    public static final int DEFAULT_TURN_DENSITY = 1;
    /** {@code max-message-size} when absent. */
    public static final long DEFAULT_MAX_MESSAGE_SIZE = 5000;
    /** {@code initial-ttl} when absent. */
    public static final int DEFAULT_INITIAL_TTL = 100;
    /** {@code overlay-reliability-timer} when absent, in milliseconds. */
    public static final int DEFAULT_OVERLAY_RELIABILITY_TIMER = 3000;
    /** {@code overlay-link-protocol} when none is given: TLS and DTLS. */
    public static final String DEFAULT_OVERLAY_LINK_PROTOCOL = "TLS";

    /** Checks the parts are given; copies the lists. */
    public OverlayConfiguration {
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(topologyPlugin, "topologyPlugin");
        rootCertificates = List.copyOf(rootCertificates);
        enrollmentServers = List.copyOf(enrollmentServers);
        Objects.requireNonNull(selfSignedPermitted, "selfSignedPermitted");
        bootstrapNodes = List.copyOf(bootstrapNodes);
        Objects.requireNonNull(sharedSecret, "sharedSecret");
        overlayLinkProtocols = overlayLinkProtocols.isEmpty()
                ? List.of(DEFAULT_OVERLAY_LINK_PROTOCOL) : List.copyOf(overlayLinkProtocols);
        Objects.requireNonNull(chord, "chord");
        configurationSigners = List.copyOf(configurationSigners);
        kindSigners = List.copyOf(kindSigners);
        badNodes = List.copyOf(badNodes);
        mandatoryExtensions = List.copyOf(mandatoryExtensions);
        kinds = List.copyOf(kinds);
        extensionAttributes = List.copyOf(extensionAttributes);
        extensions = List.copyOf(extensions);
    }

    /** A builder for the overlay {@code instanceName}, every other value at its default. */
    public static OverlayConfigurationBuilder builder(String instanceName) {
        return new OverlayConfigurationBuilder(instanceName);
    }

    /** A builder starting from this configuration. */
    public OverlayConfigurationBuilder toBuilder() {
        return new OverlayConfigurationBuilder(this);
    }

    /** Whether self-signed certificates are allowed (absent means no). */
    public boolean selfSignedCertificatesPermitted() {
        return selfSignedPermitted.map(SelfSignedPermitted::permitted).orElse(false);
    }

    /** Whether the configuration has expired at {@code now} (never, without an expiration). */
    public boolean isExpiredAt(Instant now) {
        return expiration.map(now::isAfter).orElse(false);
    }
}

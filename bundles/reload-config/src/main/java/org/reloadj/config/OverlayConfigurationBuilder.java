package org.reloadj.config;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.reloadj.api.Opaque;

/**
 * Builds an {@link OverlayConfiguration} (RFC 6940, 11.1); every value starts at the RFC default.
 * Lists are appended to with the {@code add...} methods; one builder is used by one thread.
 */
public final class OverlayConfigurationBuilder {
    private String instanceName;
    private OptionalLong sequence = OptionalLong.empty();
    private Optional<Instant> expiration = Optional.empty();
    private String topologyPlugin = OverlayConfiguration.DEFAULT_TOPOLOGY_PLUGIN;
    private int nodeIdLength = OverlayConfiguration.DEFAULT_NODE_ID_LENGTH;
    private final List<Opaque> rootCertificates = new ArrayList<>();
    private final List<String> enrollmentServers = new ArrayList<>();
    private Optional<SelfSignedPermitted> selfSignedPermitted = Optional.empty();
    private final List<BootstrapNode> bootstrapNodes = new ArrayList<>();
    private int turnDensity = OverlayConfiguration.DEFAULT_TURN_DENSITY;
    private boolean clientsPermitted = true;
    private boolean noIce;
    private Optional<String> sharedSecret = Optional.empty();
    private long maxMessageSize = OverlayConfiguration.DEFAULT_MAX_MESSAGE_SIZE;
    private int initialTtl = OverlayConfiguration.DEFAULT_INITIAL_TTL;
    private int overlayReliabilityTimer = OverlayConfiguration.DEFAULT_OVERLAY_RELIABILITY_TIMER;
    private final List<String> overlayLinkProtocols = new ArrayList<>();
    private ChordParameters chord = ChordParameters.DEFAULTS;
    private final List<String> configurationSigners = new ArrayList<>();
    private final List<String> kindSigners = new ArrayList<>();
    private final List<String> badNodes = new ArrayList<>();
    private final List<String> mandatoryExtensions = new ArrayList<>();
    private final List<KindBlock> kinds = new ArrayList<>();
    private final List<ExtensionAttribute> extensionAttributes = new ArrayList<>();
    private final List<ExtensionElement> extensions = new ArrayList<>();

    OverlayConfigurationBuilder(String instanceName) {
        this.instanceName = Objects.requireNonNull(instanceName, "instanceName");
    }

    OverlayConfigurationBuilder(OverlayConfiguration c) {
        this(c.instanceName());
        sequence = c.sequence();
        expiration = c.expiration();
        topologyPlugin = c.topologyPlugin();
        nodeIdLength = c.nodeIdLength();
        rootCertificates.addAll(c.rootCertificates());
        enrollmentServers.addAll(c.enrollmentServers());
        selfSignedPermitted = c.selfSignedPermitted();
        bootstrapNodes.addAll(c.bootstrapNodes());
        turnDensity = c.turnDensity();
        clientsPermitted = c.clientsPermitted();
        noIce = c.noIce();
        sharedSecret = c.sharedSecret();
        maxMessageSize = c.maxMessageSize();
        initialTtl = c.initialTtl();
        overlayReliabilityTimer = c.overlayReliabilityTimer();
        overlayLinkProtocols.addAll(c.overlayLinkProtocols());
        chord = c.chord();
        configurationSigners.addAll(c.configurationSigners());
        kindSigners.addAll(c.kindSigners());
        badNodes.addAll(c.badNodes());
        mandatoryExtensions.addAll(c.mandatoryExtensions());
        kinds.addAll(c.kinds());
        extensionAttributes.addAll(c.extensionAttributes());
        extensions.addAll(c.extensions());
    }

    /** Sets {@code instance-name}. */
    public OverlayConfigurationBuilder instanceName(String name) {
        this.instanceName = Objects.requireNonNull(name, "name");
        return this;
    }

    /** Sets {@code sequence}. */
    public OverlayConfigurationBuilder sequence(long value) {
        this.sequence = OptionalLong.of(value);
        return this;
    }

    /** Sets {@code expiration}. */
    public OverlayConfigurationBuilder expiration(Instant value) {
        this.expiration = Optional.of(value);
        return this;
    }

    /** Sets {@code topology-plugin}. */
    public OverlayConfigurationBuilder topologyPlugin(String value) {
        this.topologyPlugin = Objects.requireNonNull(value, "value");
        return this;
    }

    /** Sets {@code node-id-length}. */
    public OverlayConfigurationBuilder nodeIdLength(int value) {
        this.nodeIdLength = value;
        return this;
    }

    /** Adds a {@code root-cert} (DER). */
    public OverlayConfigurationBuilder addRootCertificate(Opaque der) {
        rootCertificates.add(Objects.requireNonNull(der, "der"));
        return this;
    }

    /** Adds an {@code enrollment-server}. */
    public OverlayConfigurationBuilder addEnrollmentServer(String url) {
        enrollmentServers.add(Objects.requireNonNull(url, "url"));
        return this;
    }

    /** Sets {@code self-signed-permitted}. */
    public OverlayConfigurationBuilder selfSignedPermitted(SelfSignedPermitted value) {
        this.selfSignedPermitted = Optional.of(value);
        return this;
    }

    /** Adds a {@code bootstrap-node}. */
    public OverlayConfigurationBuilder addBootstrapNode(BootstrapNode node) {
        bootstrapNodes.add(Objects.requireNonNull(node, "node"));
        return this;
    }

    /** Sets {@code turn-density}. */
    public OverlayConfigurationBuilder turnDensity(int value) {
        this.turnDensity = value;
        return this;
    }

    /** Sets {@code clients-permitted}. */
    public OverlayConfigurationBuilder clientsPermitted(boolean value) {
        this.clientsPermitted = value;
        return this;
    }

    /** Sets {@code no-ice}. */
    public OverlayConfigurationBuilder noIce(boolean value) {
        this.noIce = value;
        return this;
    }

    /** Sets {@code shared-secret}. */
    public OverlayConfigurationBuilder sharedSecret(String value) {
        this.sharedSecret = Optional.of(value);
        return this;
    }

    /** Sets {@code max-message-size}. */
    public OverlayConfigurationBuilder maxMessageSize(long value) {
        this.maxMessageSize = value;
        return this;
    }

    /** Sets {@code initial-ttl}. */
    public OverlayConfigurationBuilder initialTtl(int value) {
        this.initialTtl = value;
        return this;
    }

    /** Sets {@code overlay-reliability-timer} (milliseconds). */
    public OverlayConfigurationBuilder overlayReliabilityTimer(int value) {
        this.overlayReliabilityTimer = value;
        return this;
    }

    /** Adds an {@code overlay-link-protocol} (the default TLS applies only while none is added). */
    public OverlayConfigurationBuilder addOverlayLinkProtocol(String value) {
        overlayLinkProtocols.add(Objects.requireNonNull(value, "value"));
        return this;
    }

    /** Sets the CHORD-RELOAD parameters. */
    public OverlayConfigurationBuilder chord(ChordParameters value) {
        this.chord = Objects.requireNonNull(value, "value");
        return this;
    }

    /** Sets {@code chord:chord-update-interval} (seconds). */
    public OverlayConfigurationBuilder chordUpdateInterval(int seconds) {
        this.chord = chord.withUpdateInterval(seconds);
        return this;
    }

    /** Sets {@code chord:chord-ping-interval} (seconds). */
    public OverlayConfigurationBuilder chordPingInterval(int seconds) {
        this.chord = chord.withPingInterval(seconds);
        return this;
    }

    /** Sets {@code chord:chord-reactive}. */
    public OverlayConfigurationBuilder chordReactive(boolean on) {
        this.chord = chord.withReactive(on);
        return this;
    }

    /** Adds a {@code configuration-signer} (Node-ID in hex). */
    public OverlayConfigurationBuilder addConfigurationSigner(String nodeIdHex) {
        configurationSigners.add(Objects.requireNonNull(nodeIdHex, "nodeIdHex"));
        return this;
    }

    /** Adds a {@code kind-signer} (Node-ID in hex). */
    public OverlayConfigurationBuilder addKindSigner(String nodeIdHex) {
        kindSigners.add(Objects.requireNonNull(nodeIdHex, "nodeIdHex"));
        return this;
    }

    /** Adds a {@code bad-node} (Node-ID in hex). */
    public OverlayConfigurationBuilder addBadNode(String nodeIdHex) {
        badNodes.add(Objects.requireNonNull(nodeIdHex, "nodeIdHex"));
        return this;
    }

    /** Adds a {@code mandatory-extension} (a namespace). */
    public OverlayConfigurationBuilder addMandatoryExtension(String namespace) {
        mandatoryExtensions.add(Objects.requireNonNull(namespace, "namespace"));
        return this;
    }

    /** Adds a {@code kind-block} to {@code required-kinds}. */
    public OverlayConfigurationBuilder addKind(KindBlock kind) {
        kinds.add(Objects.requireNonNull(kind, "kind"));
        return this;
    }

    /** Replaces the kind blocks. */
    public OverlayConfigurationBuilder kinds(List<KindBlock> blocks) {
        kinds.clear();
        kinds.addAll(blocks);
        return this;
    }

    /** Adds a foreign attribute of the {@code configuration} element. */
    public OverlayConfigurationBuilder addExtensionAttribute(ExtensionAttribute attribute) {
        extensionAttributes.add(Objects.requireNonNull(attribute, "attribute"));
        return this;
    }

    /** Adds a foreign element. */
    public OverlayConfigurationBuilder addExtension(ExtensionElement element) {
        extensions.add(Objects.requireNonNull(element, "element"));
        return this;
    }

    /** The configuration. */
    public OverlayConfiguration build() {
        return new OverlayConfiguration(instanceName, sequence, expiration, topologyPlugin, nodeIdLength,
                rootCertificates, enrollmentServers, selfSignedPermitted, bootstrapNodes, turnDensity,
                clientsPermitted, noIce, sharedSecret, maxMessageSize, initialTtl, overlayReliabilityTimer,
                overlayLinkProtocols, chord, configurationSigners, kindSigners, badNodes, mandatoryExtensions,
                kinds, extensionAttributes, extensions);
    }
}

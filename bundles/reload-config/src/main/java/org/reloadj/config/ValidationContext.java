package org.reloadj.config;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;

/**
 * What a {@link ConfigurationValidator} checks a document against: the time, the trust anchors the
 * operator configured, the previous configuration (whose signers and sequence number a new one is
 * checked against, RFC 6940, 11.1 and 6.3.2.1), and what this node supports. Immutable; the
 * {@code with...} methods return changed copies.
 *
 * @param clock                  the time, for expiration and certificate validity
 * @param trustAnchors           DER root certificates the operator trusts; when empty, a first
 *                               configuration's signatures are checked against its own root-cert
 *                               elements (which shows only that the document is self-consistent)
 * @param previous               the configuration document in force before this one, if any
 * @param supportedExtensions    namespaces of extensions this node supports (the base and Chord
 *                               namespaces always are)
 * @param supportedTopologies    topology plug-in names this node has
 * @param supportedLinkProtocols overlay link protocol names this node has
 * @param kindNames              kind names this node knows beyond the registered ones
 * @param grammar                the RELAX NG grammar to validate with
 */
public record ValidationContext(Clock clock, List<Opaque> trustAnchors, Optional<OverlayConfigurations> previous,
        Set<String> supportedExtensions, Set<String> supportedTopologies, Set<String> supportedLinkProtocols,
        Map<String, KindId> kindNames, Grammar grammar) {

    /** The link protocol names of RFC 6940: "TLS" (TLS and DTLS, 11.1) and the types of 14.9. */
    public static final Set<String> RFC_LINK_PROTOCOLS =
            Set.of("TLS", "DTLS", "DTLS-UDP-SR", "DTLS-UDP-SR-NO-ICE", "TLS-TCP-FH-NO-ICE");

    /** Checks the parts are given; copies the collections. */
    public ValidationContext {
        Objects.requireNonNull(clock, "clock");
        trustAnchors = List.copyOf(trustAnchors);
        Objects.requireNonNull(previous, "previous");
        supportedExtensions = Set.copyOf(supportedExtensions);
        supportedTopologies = Set.copyOf(supportedTopologies);
        supportedLinkProtocols = Set.copyOf(supportedLinkProtocols);
        kindNames = Map.copyOf(kindNames);
        Objects.requireNonNull(grammar, "grammar");
    }

    /**
     * The system clock, no trust anchors, no previous configuration, no extension, CHORD-RELOAD,
     * the RFC's link protocols, the registered kinds, and the grammar with the reliability timer.
     */
    public static ValidationContext defaults() {
        return new ValidationContext(Clock.systemUTC(), List.of(), Optional.empty(), Set.of(),
                Set.of(OverlayConfiguration.DEFAULT_TOPOLOGY_PLUGIN), RFC_LINK_PROTOCOLS, Map.of(),
                Grammar.RFC_6940_WITH_RELIABILITY_TIMER);
    }

    /** This context with another clock. */
    public ValidationContext withClock(Clock newClock) {
        return new ValidationContext(newClock, trustAnchors, previous, supportedExtensions, supportedTopologies,
                supportedLinkProtocols, kindNames, grammar);
    }

    /** This context trusting these DER root certificates. */
    public ValidationContext withTrustAnchors(List<Opaque> roots) {
        return new ValidationContext(clock, roots, previous, supportedExtensions, supportedTopologies,
                supportedLinkProtocols, kindNames, grammar);
    }

    /** This context with the document in force before. */
    public ValidationContext withPrevious(OverlayConfigurations document) {
        return new ValidationContext(clock, trustAnchors, Optional.of(document), supportedExtensions,
                supportedTopologies, supportedLinkProtocols, kindNames, grammar);
    }

    /** This context also supporting the extension {@code namespace}. */
    public ValidationContext withSupportedExtension(String namespace) {
        Set<String> more = new HashSet<>(supportedExtensions);
        more.add(namespace);
        return new ValidationContext(clock, trustAnchors, previous, more, supportedTopologies,
                supportedLinkProtocols, kindNames, grammar);
    }

    /** This context also knowing the kind {@code name}. */
    public ValidationContext withKindName(String name, KindId id) {
        Map<String, KindId> more = new HashMap<>(kindNames);
        more.put(name, id);
        return new ValidationContext(clock, trustAnchors, previous, supportedExtensions, supportedTopologies,
                supportedLinkProtocols, more, grammar);
    }

    /** This context validating with {@code newGrammar}. */
    public ValidationContext withGrammar(Grammar newGrammar) {
        return new ValidationContext(clock, trustAnchors, previous, supportedExtensions, supportedTopologies,
                supportedLinkProtocols, kindNames, newGrammar);
    }

    /** Whether this node supports the extension {@code namespace}. */
    public boolean supportsExtension(String namespace) {
        return ConfigNamespaces.isDefined(namespace) || supportedExtensions.contains(namespace);
    }
}

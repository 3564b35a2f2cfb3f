package org.reloadj.config.internal.xml;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import javax.xml.namespace.QName;
import org.reloadj.api.Opaque;
import org.reloadj.config.ConfigNamespaces;
import org.reloadj.config.OverlayConfigurationBuilder;

/**
 * The parameters of a configuration that are plain text (RFC 6940, 11.1), by element name, each
 * with how its text goes into the builder. A value the grammar's datatype refuses leaves the
 * default in place (the grammar check reports it). Strings are trimmed: no value of 11.1 means
 * anything by surrounding white space, and the RFC's own example surrounds several with it.
 */
final class TextParameters {
    private static final Map<QName, BiConsumer<OverlayConfigurationBuilder, String>> READERS = Map.ofEntries(
            base("topology-plugin", (b, t) -> b.topologyPlugin(t.strip())),
            base("node-id-length", ints(OverlayConfigurationBuilder::nodeIdLength)),
            base("root-cert", (b, t) -> b.addRootCertificate(XsdValues.base64(t).orElse(Opaque.EMPTY))),
            base("enrollment-server", (b, t) -> b.addEnrollmentServer(t.strip())),
            base("turn-density", ints(OverlayConfigurationBuilder::turnDensity)),
            base("clients-permitted", booleans(OverlayConfigurationBuilder::clientsPermitted)),
            base("no-ice", booleans(OverlayConfigurationBuilder::noIce)),
            base("shared-secret", (b, t) -> b.sharedSecret(t.strip())),
            base("max-message-size", (b, t) -> XsdValues.xsdLong(t).ifPresent(b::maxMessageSize)),
            base("initial-ttl", ints(OverlayConfigurationBuilder::initialTtl)),
            base("overlay-reliability-timer", ints(OverlayConfigurationBuilder::overlayReliabilityTimer)),
            base("overlay-link-protocol", (b, t) -> b.addOverlayLinkProtocol(t.strip())),
            base("configuration-signer", (b, t) -> b.addConfigurationSigner(t.strip())),
            base("kind-signer", (b, t) -> b.addKindSigner(t.strip())),
            base("bad-node", (b, t) -> b.addBadNode(t.strip())),
            base("mandatory-extension", (b, t) -> b.addMandatoryExtension(t.strip())),
            chord("chord-update-interval", ints(OverlayConfigurationBuilder::chordUpdateInterval)),
            chord("chord-ping-interval", ints(OverlayConfigurationBuilder::chordPingInterval)),
            chord("chord-reactive", booleans(OverlayConfigurationBuilder::chordReactive)));

    private TextParameters() {
    }

    /** How to read the text element {@code name}, if it is a text parameter. */
    static Optional<BiConsumer<OverlayConfigurationBuilder, String>> reader(QName name) {
        return Optional.ofNullable(READERS.get(name));
    }

    private static Map.Entry<QName, BiConsumer<OverlayConfigurationBuilder, String>> base(String name,
            BiConsumer<OverlayConfigurationBuilder, String> reader) {
        return Map.entry(new QName(ConfigNamespaces.BASE, name), reader);
    }

    private static Map.Entry<QName, BiConsumer<OverlayConfigurationBuilder, String>> chord(String name,
            BiConsumer<OverlayConfigurationBuilder, String> reader) {
        return Map.entry(new QName(ConfigNamespaces.CHORD, name), reader);
    }

    private static BiConsumer<OverlayConfigurationBuilder, String> ints(IntSetter setter) {
        return (b, t) -> {
            OptionalInt v = XsdValues.xsdInt(t);
            if (v.isPresent()) {
                setter.set(b, v.getAsInt());
            }
        };
    }

    private static BiConsumer<OverlayConfigurationBuilder, String> booleans(BooleanSetter setter) {
        return (b, t) -> XsdValues.xsdBoolean(t).ifPresent(v -> setter.set(b, v));
    }

    @FunctionalInterface
    private interface IntSetter {
        void set(OverlayConfigurationBuilder b, int value);
    }

    @FunctionalInterface
    private interface BooleanSetter {
        void set(OverlayConfigurationBuilder b, boolean value);
    }
}

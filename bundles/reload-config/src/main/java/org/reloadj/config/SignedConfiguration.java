package org.reloadj.config;

import java.util.List;
import java.util.Objects;
import org.reloadj.api.Opaque;

/**
 * A {@code configuration} element as it stands in a document (RFC 6940, 11.1): its contents, the
 * exact bytes from the first {@code <} of {@code <configuration} to the {@code >} of
 * {@code </configuration>} that its signatures cover, the exact bytes of each {@code kind}
 * element (the kind-signatures cover those), and the {@code signature} elements that follow it.
 *
 * @param configuration the contents
 * @param element       the bytes of the configuration element; empty when built in memory
 * @param kindElements  the bytes of each kind element, in the order of
 *                      {@link OverlayConfiguration#kinds()}; empty when built in memory
 * @param signatures    the signature elements that follow the configuration element
 */
public record SignedConfiguration(OverlayConfiguration configuration, Opaque element, List<Opaque> kindElements,
        List<DocumentSignature> signatures) {

    /** Checks the parts are given; copies the lists. */
    public SignedConfiguration {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(element, "element");
        kindElements = List.copyOf(kindElements);
        signatures = List.copyOf(signatures);
        if (!kindElements.isEmpty() && kindElements.size() != configuration.kinds().size()) {
            throw new IllegalArgumentException("one kind element per kind block");
        }
    }

    /** A configuration built in memory: no bytes, no signature. */
    public static SignedConfiguration unsigned(OverlayConfiguration configuration) {
        return new SignedConfiguration(configuration, Opaque.EMPTY, List.of(), List.of());
    }

    /** The overlay name. */
    public String instanceName() {
        return configuration.instanceName();
    }
}

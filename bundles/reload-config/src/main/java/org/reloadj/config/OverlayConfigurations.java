package org.reloadj.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reloadj.api.Opaque;

/**
 * An overlay configuration document (RFC 6940, 11.1): one or more {@code configuration} elements,
 * each for an overlay and each followed by its signatures, as read by {@link ConfigurationParser}
 * or built in memory.
 *
 * @param configurations the configuration elements, in document order
 * @param source         the document's bytes; empty when built in memory
 * @param notes          what the parser noticed that the grammar cannot (a non-UTC expiration,
 *                       for instance); {@link ConfigurationValidator} reports them with the rest
 */
public record OverlayConfigurations(List<SignedConfiguration> configurations, Opaque source, List<Problem> notes) {

    /** Checks the parts are given; copies the lists. */
    public OverlayConfigurations {
        configurations = List.copyOf(configurations);
        Objects.requireNonNull(source, "source");
        notes = List.copyOf(notes);
    }

    /** A document built in memory from unsigned configurations. */
    public static OverlayConfigurations of(List<OverlayConfiguration> configurations) {
        return new OverlayConfigurations(configurations.stream().map(SignedConfiguration::unsigned).toList(),
                Opaque.EMPTY, List.of());
    }

    /** The configuration of the overlay {@code instanceName}, if the document has one. */
    public Optional<SignedConfiguration> find(String instanceName) {
        return configurations.stream().filter(c -> c.instanceName().equals(instanceName)).findFirst();
    }

    /** The contents of every configuration, in document order. */
    public List<OverlayConfiguration> contents() {
        return configurations.stream().map(SignedConfiguration::configuration).toList();
    }
}

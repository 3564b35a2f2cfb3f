package org.reloadj.core.runtime;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.ConfigurationParser;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.security.Credentials;
import org.reloadj.security.enroll.CredentialsStore;

/**
 * What a node reads from disk before it runs: its overlay's Configuration Document (RFC 6940,
 * 11.1) and its credentials, as the enrollment left them (11.3; {@link CredentialsStore}).
 */
public final class NodeFiles {
    private NodeFiles() {
    }

    /** The file named by {@code location}: a path, or a {@code file:} URL. */
    public static Path path(String location) {
        return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
    }

    /**
     * Reads the Configuration Document at {@code location}.
     *
     * @throws IOException when it cannot be read or is not a configuration document
     */
    public static OverlayConfigurations readDocument(String location) throws IOException {
        try {
            return new ConfigurationParser().parse(path(location));
        } catch (ConfigurationException e) {
            throw new IOException(location + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the credentials kept in {@code directory} for an overlay of {@code nodeIdLength}-byte
     * Node-IDs.
     *
     * @throws IOException when there are none, or they cannot be read
     */
    public static Credentials readCredentials(Path directory, int nodeIdLength) throws IOException {
        return new CredentialsStore(directory, nodeIdLength).load()
                .orElseThrow(() -> new IOException(directory + " holds no credentials (enroll first)"));
    }
}

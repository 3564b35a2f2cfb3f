package org.reloadj.cli.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.ConfigurationParser;

/** Reads configuration document files for the {@code config} commands, refusing oversized ones unread. */
final class DocumentFiles {
    static final ConfigurationParser PARSER = new ConfigurationParser();

    private DocumentFiles() {
    }

    /** The bytes of {@code file}, when no larger than the parser's limit. */
    static byte[] read(Path file) throws IOException, ConfigurationException {
        if (Files.size(file) > PARSER.maxBytes()) {
            throw new ConfigurationException(file + " is larger than " + PARSER.maxBytes() + " bytes");
        }
        return Files.readAllBytes(file);
    }
}

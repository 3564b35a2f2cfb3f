package org.reloadj.config;

import java.util.List;
import java.util.Objects;
import org.reloadj.config.internal.check.DocumentCheck;

/**
 * Checks an overlay configuration document as a node must before it uses it (RFC 6940, 11.1):
 * against the RELAX NG grammar of 11.1.1 (with Jing), then the rules of the prose the grammar
 * cannot express (Node-ID length 16 to 20, sequence 0 to 65534, reliability timer of at least
 * 200 ms, max-node-multiple for NODE-MULTIPLE, known kinds, https enrollment servers, IP
 * bootstrap addresses, ...), the root certificates, the mandatory extensions, topology and link
 * protocols this node must support, the expiration, the sequence number against the
 * configuration in force (6.3.2.1), and the configuration signatures and kind-signatures (11.1,
 * 6.3.4). Every problem is reported, not only the first. Thread-safe.
 */
public final class ConfigurationValidator {
    private final ValidationContext context;
    private final ConfigurationParser parser;

    /** A validator for {@code context}, reading with the default parser limits. */
    public ConfigurationValidator(ValidationContext context) {
        this(context, new ConfigurationParser());
    }

    /** A validator for {@code context}, reading with {@code parser}. */
    public ConfigurationValidator(ValidationContext context, ConfigurationParser parser) {
        this.context = Objects.requireNonNull(context, "context");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * The problems of a document given as bytes; a document that cannot be read at all gives one
     * problem of category {@link Problem.Category#DOCUMENT}.
     */
    public List<Problem> validate(byte[] document) {
        try {
            return validate(parser.parse(document));
        } catch (ConfigurationException e) {
            return List.of(e.toProblem());
        }
    }

    /**
     * The problems of a document read or built before (a document built in memory is checked
     * against the grammar as {@link ConfigurationWriter} writes it, and is not signed).
     */
    public List<Problem> validate(OverlayConfigurations document) {
        return DocumentCheck.run(document, context);
    }

    /** Whether none of {@code problems} is an error. */
    public static boolean acceptable(List<Problem> problems) {
        return problems.stream().noneMatch(Problem::isError);
    }
}

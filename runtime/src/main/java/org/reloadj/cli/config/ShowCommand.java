package org.reloadj.cli.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reloadj.cli.Terminal;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reloadj config show [--json] FILE}: prints what a configuration document (RFC 6940,
 * 11.1) says, the RFC's defaults applied: as JSON, or one summary line per configuration.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print an overlay configuration document (RFC 6940, 11.1), defaults applied.",
            "With --json: {\"configurations\": [...]}, one object per configuration element, keys named as the",
            "XML elements and attributes. Does not validate: see 'reloadj config check'."})
public final class ShowCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Option(names = "--json", description = "Print JSON instead of one line per configuration.")
    private boolean json;

    @Parameters(paramLabel = "FILE", description = "The configuration document.")
    private Path file;

    /** The command, with its streams. */
    public ShowCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        OverlayConfigurations doc;
        try {
            doc = DocumentFiles.PARSER.parse(DocumentFiles.read(file));
        } catch (ConfigurationException | IOException e) {
            return Failures.report(terminal, "show", e);
        }
        if (json) {
            terminal.out().print(Json.write(ConfigurationJson.of(doc)));
        } else {
            doc.contents().forEach(c -> terminal.out().println(summary(c)));
        }
        return Terminal.EXIT_OK;
    }

    private static String summary(OverlayConfiguration c) {
        return c.instanceName() + ": sequence " + (c.sequence().isPresent() ? c.sequence().getAsLong() : "none")
                + ", expires " + c.expiration().map(Object::toString).orElse("never") + ", " + c.topologyPlugin()
                + " with " + c.nodeIdLength() + "-byte Node-IDs, " + c.bootstrapNodes().size() + " bootstrap node(s), "
                + c.rootCertificates().size() + " root certificate(s), " + c.kinds().size() + " required kind(s)";
    }
}

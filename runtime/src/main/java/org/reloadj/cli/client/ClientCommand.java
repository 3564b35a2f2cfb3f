package org.reloadj.cli.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.cli.Terminal;
import org.reloadj.cli.node.DocumentSource;
import org.reloadj.cli.node.Enrollment;
import org.reloadj.cli.node.Home;
import org.reloadj.cli.node.UserPassword;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.core.runtime.LinkTypes;
import org.reloadj.core.runtime.NodeOptions;
import org.reloadj.core.runtime.RunningNode;
import org.reloadj.security.Credentials;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.shell.Failures;
import org.reloadj.shell.NodeCommands;
import org.reloadj.topology.chord.ChordPlugin;
import org.reloadj.usage.certstore.CertificateStoreUsage;
import org.reloadj.usage.turn.TurnServiceUsage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reloadj client}: enrolls (keeping the credentials in its home), links to a bootstrap node
 * as an RFC 6940 client (4.2: it neither routes nor stores), runs one command and exits. The
 * commands are the shell's: {@code status}, {@code kinds}, {@code ping NODE-ID},
 * {@code store KIND RESOURCE-NAME VALUE [--index I | --key K]}, {@code fetch}, {@code stat},
 * {@code find KIND RESOURCE-NAME}. A RELOAD error is printed by its name with exit status 1.
 */
@Command(name = "client", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run one command on an overlay as a RELOAD client (RFC 6940, 4.2), then exit:",
            "  status | kinds | ping NODE-ID | store KIND RESOURCE-NAME VALUE [--index I | --key K]",
            "  | fetch KIND RESOURCE-NAME | stat KIND RESOURCE-NAME | find KIND RESOURCE-NAME",
            "Kinds by name or Kind-ID. Exit status 1 for a RELOAD error (printed by name), 2 for bad arguments."})
public final class ClientCommand implements Callable<Integer> {
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> COMMANDS = List.of("status", "kinds", "ping", "store", "fetch", "stat", "find");

    private final Terminal terminal;

    @Option(names = "--config", required = true, paramLabel = "FILE|URL",
            description = "The overlay's Configuration Document: a file, or an https URL of its configuration server.")
    private String config;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "The account to enroll as.")
    private String user;

    @Option(names = "--password", required = true, paramLabel = "PW", description = "The account's password.")
    private String password;

    @Option(names = "--home", paramLabel = "DIR", description = "Where the client keeps its credentials (default ~/.reloadj/client).")
    private Path home;

    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The command and its arguments.")
    private List<String> command = new ArrayList<>();

    /** The command, writing to {@code terminal}. */
    public ClientCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!COMMANDS.contains(command.get(0))) {
            terminal.err().println("reloadj client: the commands are " + String.join(", ", COMMANDS));
            return Terminal.EXIT_BAD_INPUT;
        }
        OverlayLinkProvider links = null;
        RunningNode node = null;
        try {
            Home h = new Home(home == null ? Home.defaultDir().resolve("client") : home).create();
            OverlayConfigurations document = DocumentSource.read(config);
            OverlayConfiguration configuration = DocumentSource.first(document);
            Credentials credentials = Enrollment.credentials(h, configuration,
                    Optional.of(new UserPassword(user, password)));
            String linkType = LinkTypes.of(configuration, "");
            links = PlainLinks.of(linkType, configuration);
            NodeOptions options = new NodeOptions(document, configuration.instanceName(), credentials,
                    new InetSocketAddress(0), true, List.of(), linkType);
            node = RunningNode.start(options, links, Optional.of(new ChordPlugin()), CertificateSource.none())
                    .toCompletableFuture().get(JOIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            node.usages().add(new CertificateStoreUsage());
            node.usages().add(new TurnServiceUsage());
            node.join(JOIN_TIMEOUT).toCompletableFuture().get(JOIN_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            return new NodeCommands(node, terminal.out(), terminal.err()).run(command);
        } catch (IOException | ReloadSecurityException | IllegalArgumentException e) {
            terminal.err().println("reloadj client: " + e.getMessage());
            return Terminal.EXIT_IO;
        } catch (ExecutionException | TimeoutException e) {
            terminal.err().println("reloadj client: cannot reach the overlay: " + Failures.describe(e));
            return NodeCommands.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NodeCommands.FAILED;
        } finally {
            if (node != null) {
                node.close();
            }
            if (links != null) {
                PlainLinks.close(links);
            }
        }
    }
}

package org.reloadj.cli.start;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.reloadj.cli.StopSignal;
import org.reloadj.cli.Terminal;
import org.reloadj.cli.node.DocumentSource;
import org.reloadj.cli.node.Enrollment;
import org.reloadj.cli.node.Home;
import org.reloadj.cli.node.NewOverlay;
import org.reloadj.cli.node.UserPassword;
import org.reloadj.config.BootstrapNode;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.security.Credentials;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reloadj start}: runs a node in an embedded Felix. Without {@code --config} it runs a new
 * overlay (or the one its home holds): the CA, the enrollment and configuration server, the
 * Configuration Document in {@code <home>/overlay.xml}, and the first peer with the identity of the
 * first {@code --user}. With {@code --config} it enrolls with the overlay's enrollment server and
 * joins as a peer. It prints a line with {@code ready} once the node joined, offers the Gogo shell
 * on the console unless {@code --no-shell}, and stops cleanly on Ctrl-C or SIGTERM.
 */
@Command(name = "start", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a RELOAD node in an embedded OSGi framework (Felix, Declarative Services, Gogo shell).",
            "Without --config: create (or reopen) an overlay with its CA and enrollment server, and run its first peer.",
            "With --config: enroll with the overlay's enrollment server and join it as a peer."})
public final class StartCommand implements Callable<Integer> {
    /** The overlay name when none is given: it must resolve to this host, since the URLs use it. */
    public static final String DEFAULT_OVERLAY = "localhost";
    /** The first peer's port when none is given: RELOAD's (RFC 6940, 14.2). */
    public static final int DEFAULT_PORT = BootstrapNode.DEFAULT_PORT;
    private static final String DEFAULT_ACCOUNT = "operator";

    private final Terminal terminal;
    private final Supplier<StopSignal> signals;

    @Option(names = "--home", paramLabel = "DIR", description = "The node's folder (default ~/.reloadj).")
    private Path home;

    @Option(names = "--port", paramLabel = "P",
            description = "The port the node accepts links on (default 6084 for a new overlay, any free one to join; 0: any).")
    private Integer port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address the node (and a new overlay's enrollment server) listens on (default ${DEFAULT-VALUE}).")
    private String bind;

    @ArgGroup(exclusive = true)
    private Source source = new Source();

    @Option(names = "--enrollment-port", paramLabel = "P",
            description = "A new overlay's enrollment and configuration server port (default: the node's port + 1; 0: any).")
    private Integer enrollmentPort;

    @Option(names = "--user", paramLabel = "NAME:PASSWORD",
            description = "An account (repeatable). A new overlay gets them all; the node runs as the first.")
    private List<String> users = new ArrayList<>();

    @Option(names = "--no-shell", description = "No Gogo shell on the console.")
    private boolean noShell;

    /** Where the overlay comes from. */
    static final class Source {
        @Option(names = "--overlay", paramLabel = "NAME",
                description = "Create (or reopen) the overlay NAME (default " + DEFAULT_OVERLAY + "; it must resolve to this host).")
        String overlay;

        @Option(names = "--config", paramLabel = "FILE|URL",
                description = "Join the overlay of this Configuration Document (a file, or an https URL of its configuration server).")
        String config;
    }

    /** The command, stopping on the JVM's shutdown. */
    public static StartCommand create(Terminal terminal) {
        return new StartCommand(terminal, StopSignal::onShutdown);
    }

    /** The command, stopping when the signal {@code signals} gives is raised. */
    public StartCommand(Terminal terminal, Supplier<StopSignal> signals) {
        this.terminal = terminal;
        this.signals = signals;
    }

    @Override
    public Integer call() {
        List<UserPassword> accounts;
        try {
            accounts = users.stream().map(UserPassword::parse).toList();
        } catch (IllegalArgumentException e) {
            return fail(Terminal.EXIT_BAD_INPUT, e.getMessage());
        }
        StopSignal signal = signals.get();
        NewOverlay overlay = null;
        try {
            Home h = new Home(home == null ? Home.defaultDir() : home).create();
            InetSocketAddress listen;
            if (source.config == null) {
                accounts = withDefaultAccount(h, accounts);
                int nodePort = free(port == null ? DEFAULT_PORT : port);
                int serverPort = free(enrollmentPort == null ? (nodePort == 0 ? 0 : nodePort + 1) : enrollmentPort);
                String name = source.overlay == null ? DEFAULT_OVERLAY : source.overlay;
                overlay = NewOverlay.open(h, name, new InetSocketAddress(bind, nodePort),
                        new InetSocketAddress(bind, serverPort), accounts);
                listen = firstPeer(DocumentSource.first(overlay.document()), nodePort);
                terminal.out().println("overlay " + name + ": configuration " + h.overlayXml().toAbsolutePath());
                terminal.out().println("enrollment: " + overlay.server().enrollmentUrl());
                terminal.out().println("configuration: " + overlay.server().configurationUrl());
            } else {
                OverlayConfigurations document = DocumentSource.read(source.config);
                DocumentSource.save(document, h.overlayXml());
                listen = new InetSocketAddress(bind, port == null ? 0 : port);
            }
            OverlayConfiguration configuration = DocumentSource.first(DocumentSource.read(h.overlayXml().toString()));
            Credentials credentials = Enrollment.credentials(h, configuration, accounts.stream().findFirst());
            terminal.out().println("node " + credentials.certificate().nodeIds().get(0) + " of user "
                    + credentials.certificate().userName() + " starting");
            terminal.out().flush();
            NodeConfigFile.write(h, listen);
            return run(h, signal);
        } catch (IOException | BundleException | IllegalArgumentException e) {
            return fail(Terminal.EXIT_IO, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Terminal.EXIT_OK;
        } finally {
            if (overlay != null) {
                overlay.close();
            }
            signal.done();
        }
    }

    private int run(Home h, StopSignal signal) throws IOException, BundleException, InterruptedException {
        ReadyListener[] ready = new ReadyListener[1];
        Framework framework = FelixLauncher.start(h, FelixLauncher.bundleDir(), !noShell,
                context -> ready[0] = ReadyListener.listen(context, terminal.out()));
        Thread stopper = new Thread(() -> {
            try {
                signal.awaitStop();
                framework.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (BundleException e) {
                terminal.err().println("reloadj start: stopping the framework: " + e.getMessage());
            }
        }, "reloadj-stop");
        stopper.setDaemon(true);
        stopper.start();
        framework.waitForStop(0);
        terminal.err().println("reloadj: stopped");
        return Terminal.EXIT_OK;
    }

    /** The first peer's address: the bootstrap node of the document (its port), on the bind address. */
    private InetSocketAddress firstPeer(OverlayConfiguration configuration, int fallback) {
        int p = configuration.bootstrapNodes().stream().findFirst().map(BootstrapNode::port).orElse(fallback);
        return new InetSocketAddress(bind, p);
    }

    /**
     * The accounts, or, when none is given for an overlay whose node has no credentials yet, one
     * account {@value #DEFAULT_ACCOUNT} with a random password, printed once.
     */
    private List<UserPassword> withDefaultAccount(Home h, List<UserPassword> given) {
        if (!given.isEmpty() || Files.exists(h.credentials())) {
            return given;
        }
        byte[] secret = new byte[9];
        new SecureRandom().nextBytes(secret);
        UserPassword account = new UserPassword(DEFAULT_ACCOUNT, HexFormat.of().formatHex(secret));
        terminal.out().println("no --user given: account " + account.name() + " with password " + account.password());
        return List.of(account);
    }

    /** {@code wanted}, or a free port when it is 0 (the address goes into the document before binding). */
    private static int free(int wanted) throws IOException {
        if (wanted != 0) {
            return wanted;
        }
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private int fail(int status, String message) {
        terminal.err().println("reloadj start: " + message);
        return status;
    }
}

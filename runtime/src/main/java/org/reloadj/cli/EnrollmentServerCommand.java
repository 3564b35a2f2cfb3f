package org.reloadj.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.reloadj.enrollment.EnrollmentServer;
import org.reloadj.enrollment.EnrollmentSettings;
import org.reloadj.enrollment.UserStore;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.issue.UserName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reloadj enrollment-server}: the overlay's certificate authority and configuration
 * server over HTTPS (RFC 6940, 11.2, 11.3), serving until stopped (SIGTERM or Ctrl-C).
 */
@Command(name = "enrollment-server", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the enrollment server (RFC 6940, 11.3) and configuration server (11.2) of an overlay over HTTPS.",
            "Creates the overlay CA in DIR on first start and reuses it after; prints the URLs once it listens."})
public final class EnrollmentServerCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final Supplier<StopSignal> signals;

    @Option(names = "--overlay", required = true, paramLabel = "NAME",
            description = "The overlay name: the CA's, the TLS certificate's and the URLs' host.")
    private String overlay;

    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "Where the CA, the user store and the Node-ID assignments are kept.")
    private Path dir;

    @Option(names = "--port", required = true, paramLabel = "PORT", description = "The TCP port to listen on (0: any free port).")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to listen on (default ${DEFAULT-VALUE}).")
    private String bind;

    @Option(names = "--user", paramLabel = "NAME:PASSWORD",
            description = "Add an account, or change its password (repeatable). Its user name is NAME, or NAME@overlay.")
    private List<String> users = List.of();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Serve this configuration document (RFC 6940, 11.1) instead of a generated minimal one.")
    private Path config;

    @Option(names = "--key-algorithm", defaultValue = "ECDSA_P256", paramLabel = "ALG", converter = KeyAlgorithmConverter.class,
            description = "Key of a new CA and of the TLS certificate: ECDSA_P256 (default) or RSA_2048.")
    private KeyAlgorithm keyAlgorithm;

    @Option(names = "--max-node-ids", defaultValue = "4", paramLabel = "N",
            description = "How many Node-IDs one user may hold (default ${DEFAULT-VALUE}).")
    private int maxNodeIds;

    @Option(names = "--path", defaultValue = EnrollmentSettings.DEFAULT_ENROLL_PATH, paramLabel = "PATH",
            description = "The path of the enrollment URL (default ${DEFAULT-VALUE}).")
    private String path;

    @Option(names = "--node-id-length", defaultValue = "16", paramLabel = "BYTES",
            description = "The overlay's Node-ID length, 16..20 (default ${DEFAULT-VALUE}).")
    private int nodeIdLength;

    @Option(names = "--certificate-days", defaultValue = "365", paramLabel = "DAYS",
            description = "How long an issued node certificate is valid (default ${DEFAULT-VALUE}).")
    private int certificateDays;

    /** The command, stopping on the JVM's shutdown. */
    static EnrollmentServerCommand create(Terminal terminal) {
        return new EnrollmentServerCommand(terminal, StopSignal::onShutdown);
    }

    /** The command, stopping when the signal {@code signals} gives is raised. */
    public EnrollmentServerCommand(Terminal terminal, Supplier<StopSignal> signals) {
        this.terminal = terminal;
        this.signals = signals;
    }

    @Override
    public Integer call() {
        EnrollmentSettings settings;
        try {
            settings = settings();
            requireLegalUserNames();
        } catch (IllegalArgumentException e) {
            return fail(Terminal.EXIT_BAD_INPUT, e.getMessage());
        }
        StopSignal signal = signals.get();
        try {
            return serve(settings, signal);
        } catch (IOException e) {
            return fail(Terminal.EXIT_IO, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Terminal.EXIT_OK;
        } finally {
            signal.done();
        }
    }

    private int serve(EnrollmentSettings settings, StopSignal signal) throws IOException, InterruptedException {
        UserStore store = UserStore.open(dir);
        for (String user : users) {
            int colon = user.indexOf(':');
            store.setPassword(user.substring(0, colon), user.substring(colon + 1));
        }
        try (EnrollmentServer server = EnrollmentServer.start(settings, store)) {
            terminal.out().println("root certificate: " + server.rootCertificateFile().toAbsolutePath());
            terminal.out().println("enrollment: " + server.enrollmentUrl());
            terminal.out().println("configuration: " + server.configurationUrl());
            terminal.out().flush();
            terminal.err().println("listening on " + server.localAddress().getHostString() + ":"
                    + server.localAddress().getPort() + "; stop with Ctrl-C or SIGTERM");
            signal.awaitStop();
        }
        terminal.err().println("enrollment server stopped");
        return Terminal.EXIT_OK;
    }

    private EnrollmentSettings settings() {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port " + port + " is not a TCP port");
        }
        InetSocketAddress address = new InetSocketAddress(bind, port);
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("--bind " + bind + ": not an address of this host");
        }
        return new EnrollmentSettings(overlay, dir, address, path, maxNodeIds, nodeIdLength,
                keyAlgorithm, Optional.ofNullable(config), EnrollmentSettings.DEFAULT_MAX_REQUEST_BYTES,
                Duration.ofDays(certificateDays), Clock.systemUTC());
    }

    private void requireLegalUserNames() {
        for (String user : users) {
            int colon = user.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--user takes NAME:PASSWORD, not " + user.replaceAll(":.*", ":..."));
            }
            String name = user.substring(0, colon);
            try {
                UserName.forAccount(name, overlay);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--user " + name + ": " + e.getMessage());
            }
        }
    }

    private int fail(int status, String message) {
        terminal.err().println("reloadj enrollment-server: " + message);
        return status;
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() == null) {
            return fs.getFile() + ": " + reason(fs);
        }
        return e.getMessage();
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "not a directory";
        }
        return e.getClass().getSimpleName();
    }

    /** Reads a key algorithm the way {@link KeyAlgorithm#parse} does. */
    static final class KeyAlgorithmConverter implements picocli.CommandLine.ITypeConverter<KeyAlgorithm> {
        @Override
        public KeyAlgorithm convert(String value) {
            return KeyAlgorithm.parse(value);
        }
    }
}

package org.reloadj.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.reloadj.cli.client.ClientCommand;
import org.reloadj.cli.start.StartCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code reloadj}: the one command-line entry of ReloadJ. Each area of the project adds a
 * subcommand ({@code wire} today; {@code start}, {@code client}, {@code sim}, {@code bench},
 * {@code config} and {@code enrollment-server} arrive with their issues).
 */
@Command(name = "reloadj", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "ReloadJ: RELOAD (RFC 6940) for the JVM.")
public final class Main implements Runnable {
    private Main() {
    }

    /** Runs {@code reloadj} and exits with its status. */
    public static void main(String[] args) {
        NativeCrypto.install();
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs {@code reloadj} with these streams; returns the exit status (0 success, 2 bad input
     * or usage).
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Terminal terminal = new Terminal(in, out, err);
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand("wire", WireCommand.create(terminal));
        cli.addSubcommand("config", ConfigCommand.create(terminal));
        cli.addSubcommand("enrollment-server", new CommandLine(EnrollmentServerCommand.create(terminal)));
        cli.addSubcommand("sim", new SimCommand(terminal));
        cli.addSubcommand("start", new CommandLine(StartCommand.create(terminal)));
        cli.addSubcommand("client", new CommandLine(new ClientCommand(terminal)));
        cli.addSubcommand("bench", org.reloadj.cli.bench.BenchCommand.create(terminal));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExitCodeExceptionMapper(e -> Terminal.EXIT_BAD_INPUT);
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command; see reloadj --help");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"reloadj " + (v == null ? "development build" : v)};
        }
    }
}

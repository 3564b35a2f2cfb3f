package org.reloadj.cli.bench;

import org.reloadj.cli.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reloadj bench}: the group of benchmark commands; today {@code cluster}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks of real ReloadJ nodes.")
public final class BenchCommand implements Runnable {
    private BenchCommand() {
    }

    /** The {@code bench} command line with its subcommands, printing to {@code terminal}. */
    public static CommandLine create(Terminal terminal) {
        return new CommandLine(new BenchCommand()).addSubcommand("cluster", new ClusterCommand(terminal));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a benchmark: cluster");
    }
}

package org.reloadj.cli;

import org.reloadj.cli.config.CheckCommand;
import org.reloadj.cli.config.ShowCommand;
import org.reloadj.cli.config.SignCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reloadj config}: the overlay configuration document (RFC 6940, 11.1) from the command line. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Show, check and sign overlay configuration documents (RFC 6940, 11.1).")
public final class ConfigCommand implements Runnable {
    private ConfigCommand() {
    }

    /** The {@code config} command with its subcommands, using {@code terminal}. */
    static CommandLine create(Terminal terminal) {
        CommandLine config = new CommandLine(new ConfigCommand());
        config.addSubcommand("show", new ShowCommand(terminal));
        config.addSubcommand("check", new CheckCommand(terminal));
        config.addSubcommand("sign", new SignCommand(terminal));
        return config;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a subcommand: show, check or sign");
    }
}

package org.reloadj.cli;

import org.reloadj.cli.wire.RoundTripCommand;
import org.reloadj.cli.wire.SamplesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reloadj wire}: the RFC 6940 wire format from the command line. */
@Command(name = "wire", mixinStandardHelpOptions = true,
        description = "Decode, re-encode and sample RELOAD (RFC 6940) messages.")
public final class WireCommand implements Runnable {
    private WireCommand() {
    }

    /** The {@code wire} command with its subcommands, using {@code terminal}. */
    static CommandLine create(Terminal terminal) {
        CommandLine wire = new CommandLine(new WireCommand());
        wire.addSubcommand("roundtrip", new RoundTripCommand(terminal));
        wire.addSubcommand("samples", new SamplesCommand(terminal));
        return wire;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a subcommand: roundtrip or samples");
    }
}

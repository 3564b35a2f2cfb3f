package org.reloadj.cli.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.reloadj.api.ErrorCode;
import org.reloadj.cli.Terminal;
import org.reloadj.wire.io.WireException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reloadj wire roundtrip}: reads one message as hex on standard input, decodes it
 * completely, encodes it again and prints the hex. Malformed input prints the RELOAD error name
 * and a reason on standard error and exits with status 2.
 */
@Command(name = "roundtrip", mixinStandardHelpOptions = true,
        description = {"Read one RELOAD message as hex on standard input (white space ignored), decode it completely,",
            "re-encode it and print the hex of the result. Exit 0; on malformed input print the RELOAD error",
            "name and a reason on standard error and exit 2."})
public final class RoundTripCommand implements Callable<Integer> {
    private static final int MAX_INPUT_CHARS = 64 * 1024 * 1024;

    private final Terminal terminal;

    @Mixin
    private WireOptions options = new WireOptions();

    @Option(names = "--framed", description = "The input starts with a framing header (RFC 6940, 6.6.2).")
    private boolean framed;

    @Option(names = "--strict-kinds", description = {"Fail with Error_Unknown_Kind on a kind whose data model is unknown",
        "(default: carry that body through undecoded, with a warning on standard error)."})
    private boolean strictKinds;

    /** The command, with its streams. */
    public RoundTripCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        byte[] input;
        try {
            input = readHex();
        } catch (IllegalArgumentException e) {
            return malformed(ErrorCode.ERROR_INVALID_MESSAGE, e.getMessage());
        }
        DeepCodec codec;
        try {
            codec = new DeepCodec(options.context(), options.chord(),
                    strictKinds ? null : w -> terminal.err().println("warning: " + w));
        } catch (IllegalArgumentException e) {
            terminal.err().println("reloadj wire roundtrip: " + e.getMessage());
            return Terminal.EXIT_BAD_INPUT;
        }
        try {
            byte[] out = framed ? codec.roundTripFramed(input) : codec.roundTrip(input);
            terminal.out().println(HexFormat.of().formatHex(out));
            return Terminal.EXIT_OK;
        } catch (WireException e) {
            return malformed(e.errorCode(), e.getMessage());
        } catch (RuntimeException e) {
            // a decoded value the encoder refuses would be a codec defect (the fuzz tests look for
            // them); the user still gets a RELOAD error, not a stack trace
            return malformed(ErrorCode.ERROR_INVALID_MESSAGE, "cannot re-encode: " + e);
        }
    }

    private byte[] readHex() throws IOException {
        byte[] raw = terminal.in().readNBytes(MAX_INPUT_CHARS + 1);
        if (raw.length > MAX_INPUT_CHARS) {
            throw new IllegalArgumentException("input longer than " + MAX_INPUT_CHARS + " characters");
        }
        String text = new String(raw, StandardCharsets.US_ASCII).replaceAll("\\s+", "");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no input: give the message as hexadecimal on standard input");
        }
        if (text.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hexadecimal digits (" + text.length() + ")");
        }
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("input is not hexadecimal: " + e.getMessage());
        }
    }

    private int malformed(ErrorCode code, String reason) {
        terminal.err().println(code.rfcName() + ": " + reason);
        return Terminal.EXIT_BAD_INPUT;
    }
}

package org.reloadj.cli.config;

import java.io.IOException;
import org.reloadj.cli.Terminal;

/** How the {@code config} commands report a failure: one line on standard error, and the exit status. */
final class Failures {
    private Failures() {
    }

    /**
     * Prints {@code e} for {@code command} and returns the exit status: {@link Terminal#EXIT_IO} for
     * an I/O error, {@link Terminal#EXIT_BAD_INPUT} for anything else (bad document, key or certificate).
     */
    static int report(Terminal terminal, String command, Exception e) {
        boolean io = e instanceof IOException;
        terminal.err().println("reloadj config " + command + ": " + (io ? "I/O error: " + e : e.getMessage()));
        return io ? Terminal.EXIT_IO : Terminal.EXIT_BAD_INPUT;
    }
}

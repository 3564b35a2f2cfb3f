package org.reloadj.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams a command uses, injected so that tests run commands in-process.
 *
 * @param in  standard input
 * @param out standard output
 * @param err standard error
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err) {
    /** Exit status: done. */
    public static final int EXIT_OK = 0;
    /** Exit status: malformed input or a usage error. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit status: an I/O failure (a file that cannot be written). */
    public static final int EXIT_IO = 3;
}

package org.reloadj.cli.config;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reloadj.api.Opaque;
import org.reloadj.cli.Terminal;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.ConfigurationValidator;
import org.reloadj.config.Grammar;
import org.reloadj.config.Problem;
import org.reloadj.config.ValidationContext;
import org.reloadj.security.keys.PemFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reloadj config check FILE}: validates a configuration document as a node would before
 * using it (RFC 6940, 11.1): grammar, values, root certificates, mandatory extensions, expiration,
 * sequence number, signatures. One line per problem on standard output; exit status 1 when there
 * is any, 0 when none.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate an overlay configuration document (RFC 6940, 11.1): the RELAX NG grammar of 11.1.1,",
            "the rules of 11.1, root certificates, mandatory extensions, expiration, signatures and kind-signatures.",
            "Prints one line per problem; exit 0 when there is none, 1 when there is any, 2 when the document",
            "cannot be read at all, 3 on an I/O error."})
public final class CheckCommand implements Callable<Integer> {
    /** Exit status: the document has problems. */
    public static final int EXIT_PROBLEMS = 1;

    private final Terminal terminal;

    @Parameters(paramLabel = "FILE", description = "The configuration document.")
    private Path file;

    @Option(names = "--roots", paramLabel = "PEM", description = {"Trust these root certificates for the signatures",
        "(default: the document's own root-cert elements, which proves only that it is self-consistent)."})
    private Path roots;

    @Option(names = "--previous", paramLabel = "FILE", description = {"The configuration document in force: the new",
        "one must be signed by one of its configuration-signers and carry a newer sequence number."})
    private Path previous;

    @Option(names = "--extension", paramLabel = "NAMESPACE",
            description = "An extension namespace this node supports (repeatable).")
    private List<String> extensions = new ArrayList<>();

    @Option(names = "--rfc-grammar", description = {"Validate against the grammar of RFC 6940, 11.1.1 exactly as",
        "printed, which lacks overlay-reliability-timer (default: with it, as 11.1 defines it)."})
    private boolean rfcGrammar;

    /** The command, with its streams. */
    public CheckCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<Problem> problems;
        try {
            problems = new ConfigurationValidator(context()).validate(DocumentFiles.read(file));
        } catch (ConfigurationException | IOException e) {
            return Failures.report(terminal, "check", e);
        }
        problems.forEach(terminal.out()::println);
        terminal.err().println(file + ": " + (problems.isEmpty() ? "no problem" : problems.size() + " problem(s)"));
        return problems.isEmpty() ? Terminal.EXIT_OK : EXIT_PROBLEMS;
    }

    private ValidationContext context() throws IOException, ConfigurationException {
        ValidationContext context = ValidationContext.defaults();
        if (roots != null) {
            context = context.withTrustAnchors(der(PemFiles.readCertificates(roots)));
        }
        if (previous != null) {
            context = context.withPrevious(DocumentFiles.PARSER.parse(DocumentFiles.read(previous)));
        }
        for (String namespace : extensions) {
            context = context.withSupportedExtension(namespace);
        }
        return rfcGrammar ? context.withGrammar(Grammar.RFC_6940) : context;
    }

    private static List<Opaque> der(List<X509Certificate> certificates) throws IOException {
        List<Opaque> out = new ArrayList<>();
        for (X509Certificate c : certificates) {
            try {
                out.add(Opaque.of(c.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IOException("cannot encode a root certificate", e);
            }
        }
        return out;
    }
}

package org.reloadj.cli.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reloadj.api.NodeId;
import org.reloadj.cli.Terminal;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.ConfigurationSigner;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.security.Credentials;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.keys.PemFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reloadj config sign --key KEY.pem --cert CERT.pem FILE -o OUT}: signs every configuration
 * element of a document (and with {@code --kinds} every kind element first) with a node's
 * credentials (RFC 6940, 11.1, 6.3.4), keeping the document's bytes and replacing its signatures.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign every configuration element of an overlay configuration document (RFC 6940, 11.1) with a",
            "node certificate and its key; with --kinds, sign every kind element too. The document's bytes are",
            "kept; existing signatures are replaced. The certificate's Node-ID must be a configuration-signer",
            "(and a kind-signer for --kinds) for the signatures to be accepted."})
public final class SignCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Option(names = "--key", required = true, paramLabel = "KEY.pem", description = "The PKCS#8 private key (PEM).")
    private Path key;

    @Option(names = "--cert", required = true, paramLabel = "CERT.pem",
            description = "The node certificate (PEM), possibly followed by the certificates up to the root.")
    private Path cert;

    @Option(names = "--chain", paramLabel = "PEM", description = "More certificates of the chain (repeatable).")
    private List<Path> chain = new ArrayList<>();

    @Option(names = "--node-id", paramLabel = "HEX",
            description = "Sign as this Node-ID of the certificate (default: its first).")
    private String nodeId;

    @Option(names = "--kinds", description = "Sign the kind elements too (kind-signature).")
    private boolean kinds;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Where to write.")
    private Path output;

    @Parameters(paramLabel = "FILE", description = "The configuration document.")
    private Path file;

    /** The command, with its streams. */
    public SignCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try {
            byte[] document = DocumentFiles.read(file);
            OverlayConfigurations parsed = DocumentFiles.PARSER.parse(document);
            ConfigurationSigner signer = signer(nodeIdLength(parsed));
            Files.write(output, signer.signDocument(document, kinds));
            terminal.err().println("signed " + parsed.configurations().size() + " configuration(s)"
                    + (kinds ? " and their kinds" : "") + " as " + signer.nodeId() + "; wrote " + output);
            return Terminal.EXIT_OK;
        } catch (ConfigurationException | ReloadSecurityException | IllegalArgumentException | IOException e) {
            return Failures.report(terminal, "sign", e);
        }
    }

    private ConfigurationSigner signer(int nodeIdLength) throws IOException, ReloadSecurityException {
        List<X509Certificate> certificates = new ArrayList<>(PemFiles.readCertificates(cert));
        for (Path more : chain) {
            certificates.addAll(PemFiles.readCertificates(more));
        }
        PrivateKey privateKey = PemFiles.readPrivateKey(key);
        Credentials credentials = new Credentials(privateKey,
                ReloadCertificate.parse(certificates.get(0), nodeIdLength), certificates);
        return nodeId == null ? new ConfigurationSigner(credentials)
                : new ConfigurationSigner(credentials, NodeId.fromHex(nodeId));
    }

    /** The Node-ID length of the document's first configuration, whose certificate this is. */
    private static int nodeIdLength(OverlayConfigurations document) {
        return document.contents().stream().map(OverlayConfiguration::nodeIdLength).filter(NodeId::isValidLength)
                .findFirst().orElse(OverlayConfiguration.DEFAULT_NODE_ID_LENGTH);
    }
}

package org.reloadj.security.enroll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.reloadj.security.Credentials;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.keys.PemFiles;
import org.reloadj.security.keys.SecureFiles;

/**
 * A node's {@link Credentials} in a directory: the certificate chain as PEM in {@value #CERTIFICATE_FILE}
 * and the PKCS#8 private key as PEM in {@value #KEY_FILE}, readable by its owner only. A new
 * directory is made accessible to its owner only.
 */
public final class CredentialsStore {
    /** The file name of the node certificate. */
    public static final String CERTIFICATE_FILE = "node.pem";
    /** The file name of the private key. */
    public static final String KEY_FILE = "node.key";

    private final Path directory;
    private final int nodeIdLength;

    /** The store in {@code directory} for an overlay whose Node-IDs have {@code nodeIdLength} bytes. */
    public CredentialsStore(Path directory, int nodeIdLength) {
        this.directory = directory;
        this.nodeIdLength = nodeIdLength;
    }

    /** The certificate file. */
    public Path certificateFile() {
        return directory.resolve(CERTIFICATE_FILE);
    }

    /** The key file. */
    public Path keyFile() {
        return directory.resolve(KEY_FILE);
    }

    /** Writes {@code credentials}, the key first, replacing what the directory held. */
    public void save(Credentials credentials) throws IOException {
        SecureFiles.createPrivateDirectories(directory);
        PemFiles.writePrivateKey(keyFile(), credentials.privateKey());
        PemFiles.writeCertificates(certificateFile(), credentials.chain());
    }

    /**
     * The credentials in the directory, or empty when it holds none.
     *
     * @throws IOException when the files cannot be read, hold no node certificate, or a key that
     *                     is not the certificate's
     */
    public Optional<Credentials> load() throws IOException {
        if (!Files.exists(certificateFile()) && !Files.exists(keyFile())) {
            return Optional.empty();
        }
        try {
            List<X509Certificate> chain = PemFiles.readCertificates(certificateFile());
            ReloadCertificate certificate = ReloadCertificate.parse(chain.get(0), nodeIdLength);
            return Optional.of(new Credentials(PemFiles.readPrivateKey(keyFile()), certificate, chain));
        } catch (ReloadSecurityException e) {
            throw new IOException(certificateFile() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException(keyFile() + " is not the key of " + certificateFile() + ": " + e.getMessage(), e);
        }
    }
}

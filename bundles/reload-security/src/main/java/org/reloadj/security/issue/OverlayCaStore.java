package org.reloadj.security.issue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.keys.PemFiles;
import org.reloadj.security.keys.SecureFiles;

/**
 * An overlay CA kept in a directory as two PEM files: the root certificate
 * {@value #ROOT_CERTIFICATE_FILE}, readable by anyone (it is the configuration's
 * {@code root-cert}), and the root's PKCS#8 private key {@value #ROOT_KEY_FILE}, readable by
 * its owner only (mode 600 where the file system has POSIX permissions).
 */
public final class OverlayCaStore {
    /** The file name of the root certificate. */
    public static final String ROOT_CERTIFICATE_FILE = "overlay-root.pem";
    /** The file name of the root's private key. */
    public static final String ROOT_KEY_FILE = "overlay-ca.key";

    private final Path directory;

    /** The store in {@code directory}. */
    public OverlayCaStore(Path directory) {
        this.directory = directory;
    }

    /** The root certificate file. */
    public Path rootCertificateFile() {
        return directory.resolve(ROOT_CERTIFICATE_FILE);
    }

    /** The root key file. */
    public Path rootKeyFile() {
        return directory.resolve(ROOT_KEY_FILE);
    }

    /** Whether the directory holds a CA (both of its files). */
    public boolean exists() {
        return Files.exists(rootCertificateFile()) && Files.exists(rootKeyFile());
    }

    /**
     * The CA of {@code overlay} held in the directory, or a new one of {@code algorithm},
     * written there first, when the directory holds none.
     *
     * @throws IOException when the files cannot be read or written, only one of them exists, or
     *                     they hold the CA of another overlay
     */
    public OverlayCa loadOrCreate(String overlay, KeyAlgorithm algorithm, Clock clock) throws IOException {
        if (exists()) {
            return load(overlay, clock);
        }
        if (Files.exists(rootCertificateFile()) || Files.exists(rootKeyFile())) {
            throw new IOException(directory + " holds only one of " + ROOT_CERTIFICATE_FILE + " and " + ROOT_KEY_FILE);
        }
        OverlayCa ca = OverlayCa.create(overlay, algorithm, clock, OverlayCa.DEFAULT_ROOT_VALIDITY);
        SecureFiles.createPrivateDirectories(directory);
        PemFiles.writePrivateKey(rootKeyFile(), ca.privateKey());
        PemFiles.writeCertificates(rootCertificateFile(), List.of(ca.rootCertificate()));
        return ca;
    }

    /**
     * The CA of {@code overlay} held in the directory.
     *
     * @throws IOException when the files cannot be read or hold the CA of another overlay
     */
    public OverlayCa load(String overlay, Clock clock) throws IOException {
        X509Certificate root = PemFiles.readCertificates(rootCertificateFile()).get(0);
        try {
            return OverlayCa.of(overlay, root, PemFiles.readPrivateKey(rootKeyFile()), clock);
        } catch (IllegalArgumentException e) {
            throw new IOException(directory + ": " + e.getMessage(), e);
        }
    }
}

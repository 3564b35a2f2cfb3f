package org.reloadj.cli.node;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.reloadj.api.Opaque;
import org.reloadj.config.ConfigurationException;
import org.reloadj.config.ConfigurationFetcher;
import org.reloadj.config.ConfigurationParser;
import org.reloadj.config.ConfigurationWriter;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;

/**
 * The overlay's Configuration Document (RFC 6940, 11.1), from a file or from its configuration
 * server (11.2: {@code https://<overlay>/.well-known/reload-config}). A node that knows nothing of
 * the overlay yet cannot know its CA, so the server's TLS certificate is checked against the
 * document it serves: it must be issued by one of the document's root-certs, whose CA issued the
 * server's certificate for the overlay name (11.2, 11.3). The overlay name is the URL's host.
 */
public final class DocumentSource {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private DocumentSource() {
    }

    /**
     * The document at {@code location}: an {@code https:} URL, or a file.
     *
     * @throws IOException when it cannot be read or fetched, or does not hold a configuration
     */
    public static OverlayConfigurations read(String location) throws IOException, InterruptedException {
        if (location.startsWith("https:")) {
            return fetch(URI.create(location));
        }
        if (location.startsWith("http:")) {
            throw new IOException("a configuration server is reached over https (RFC 6940, 11.2), not " + location);
        }
        try {
            OverlayConfigurations document = new ConfigurationParser().parse(Path.of(location));
            if (document.configurations().isEmpty()) {
                throw new IOException(location + " holds no configuration");
            }
            return document;
        } catch (ConfigurationException e) {
            throw new IOException(location + ": " + e.getMessage(), e);
        }
    }

    /** The first configuration of {@code document}. */
    public static OverlayConfiguration first(OverlayConfigurations document) {
        return document.configurations().get(0).configuration();
    }

    /** Writes {@code document} to {@code file} as it was read (so its signatures hold). */
    public static void save(OverlayConfigurations document, Path file) throws IOException {
        Opaque bytes = document.source().isEmpty() ? Opaque.of(ConfigurationWriter.write(document)) : document.source();
        Files.write(file, bytes.toByteArray());
    }

    private static OverlayConfigurations fetch(URI uri) throws IOException, InterruptedException {
        AtomicReference<X509Certificate[]> presented = new AtomicReference<>();
        OverlayConfigurations document;
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new Recording(presented)}, null);
            document = new ConfigurationFetcher(tls, TIMEOUT, new ConfigurationParser()).fetch(uri, uri.getHost());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        } catch (ConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        OverlayConfiguration configuration = document.find(uri.getHost()).orElseThrow().configuration();
        requireIssuedByRoot(presented.get(), configuration, uri);
        return document;
    }

    private static void requireIssuedByRoot(X509Certificate[] chain, OverlayConfiguration configuration, URI uri)
            throws IOException {
        if (chain == null || chain.length == 0) {
            throw new IOException(uri + " presented no certificate");
        }
        for (Opaque der : configuration.rootCertificates()) {
            try {
                X509Certificate root = ReloadCertificate.x509(der);
                chain[0].verify(root.getPublicKey());
                chain[0].checkValidity();
                return;
            } catch (ReloadSecurityException | GeneralSecurityException e) {
                // not this root
            }
        }
        throw new IOException("the certificate of " + uri + " is not issued by a root-cert of the document it serves");
    }

    /** Accepts the server's chain for now and keeps it, to be checked against the document. */
    private static final class Recording extends X509ExtendedTrustManager {
        private final AtomicReference<X509Certificate[]> presented;

        Recording(AtomicReference<X509Certificate[]> presented) {
            this.presented = presented;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            presented.set(chain.clone());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            presented.set(chain.clone());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            presented.set(chain.clone());
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** The root certificates of {@code configuration}. */
    public static List<X509Certificate> roots(OverlayConfiguration configuration) throws IOException {
        List<X509Certificate> roots = new ArrayList<>();
        for (Opaque der : configuration.rootCertificates()) {
            try {
                roots.add(ReloadCertificate.x509(der));
            } catch (ReloadSecurityException e) {
                throw new IOException("a root-cert of " + configuration.instanceName() + " is not a certificate", e);
            }
        }
        return roots;
    }
}

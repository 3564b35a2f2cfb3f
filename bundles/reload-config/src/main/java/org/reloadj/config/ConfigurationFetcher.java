package org.reloadj.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Fetches a configuration document from a configuration server (RFC 6940, 11.2): an HTTPS GET of
 * {@code https://<overlay name>/.well-known/reload-config}, or of a URL the operator gives, over
 * TLS that trusts what the operator configured and checks that the server certificate matches the
 * URL's host (RFC 2818, done by {@link HttpClient}). The answer must be 200 with the media type
 * {@value ConfigNamespaces#MEDIA_TYPE}, no larger than the parser's limit, and hold a configuration
 * whose instance-name is the overlay name; otherwise it is refused. Redirects are not followed:
 * the certificate must match the URL asked for. The DNS SRV lookup of 11.2 is not done: the URL's
 * host is connected to directly. Thread-safe.
 */
public final class ConfigurationFetcher {
    /** The well-known path of the configuration (RFC 6940, 11.2, after RFC 5785). */
    public static final String WELL_KNOWN_PATH = "/.well-known/reload-config";

    private final HttpClient client;
    private final Duration timeout;
    private final ConfigurationParser parser;

    /**
     * A fetcher.
     *
     * @param tls     the TLS context: its trust managers decide which servers are trusted
     * @param timeout how long connecting, and then the whole request, may take
     * @param parser  reads (and bounds) the answer
     */
    public ConfigurationFetcher(SSLContext tls, Duration timeout, ConfigurationParser parser) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.client = HttpClient.newBuilder().sslContext(Objects.requireNonNull(tls, "tls")).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A TLS context that trusts exactly {@code roots} (e.g. the operator's root certificates). */
    public static SSLContext trusting(Collection<X509Certificate> roots) throws GeneralSecurityException {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate root : roots) {
                store.setCertificateEntry("root-" + i++, root);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            return tls;
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot build a trust store", e);
        }
    }

    /** The URL of the configuration of {@code overlayName}: {@code https://<name>/.well-known/reload-config}. */
    public static URI wellKnownUri(String overlayName) {
        return URI.create("https://" + overlayName + WELL_KNOWN_PATH);
    }

    /** Fetches the configuration of {@code overlayName} from its well-known URL. */
    public OverlayConfigurations fetch(String overlayName)
            throws IOException, InterruptedException, ConfigurationException {
        return fetch(wellKnownUri(overlayName), overlayName);
    }

    /**
     * Fetches the configuration of {@code overlayName} from {@code uri}.
     *
     * @throws IOException            when the server cannot be reached, TLS fails, or it does not
     *                                answer 200
     * @throws ConfigurationException when the answer is not a configuration document of the
     *                                overlay (media type, size, XML, instance-name)
     */
    public OverlayConfigurations fetch(URI uri, String overlayName)
            throws IOException, InterruptedException, ConfigurationException {
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("a configuration server is reached over https, not " + uri);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", ConfigNamespaces.MEDIA_TYPE).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("configuration server " + uri + " answered " + response.statusCode());
            }
            checkMediaType(response, uri);
            OverlayConfigurations document = parser.parse(body);
            if (document.find(overlayName).isEmpty()) {
                throw new ConfigurationException("the document from " + uri + " has no configuration whose"
                        + " instance-name is " + overlayName + " (RFC 6940, 11.2)");
            }
            return document;
        }
    }

    private static void checkMediaType(HttpResponse<?> response, URI uri) throws ConfigurationException {
        String type = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(ConfigNamespaces.MEDIA_TYPE)) {
            throw new ConfigurationException("the answer from " + uri + " has media type \"" + type + "\", not "
                    + ConfigNamespaces.MEDIA_TYPE + " (RFC 6940, 11.1)");
        }
    }
}

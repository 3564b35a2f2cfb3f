package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.keys.KeyPairs;

/** Fetching from a configuration server over HTTPS (RFC 6940, 11.2), against a local server. */
@Timeout(20)
class ConfigurationFetcherTest {
    private static TestSigners signers;
    private static SSLContext serverTls;
    private HttpsServer server;

    @BeforeAll
    static void certificates() throws Exception {
        signers = TestSigners.create();
        KeyPair key = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
        X509Certificate cert = signers.ca().issueServerCertificate(key.getPublic(), "localhost", Duration.ofDays(1));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key.getPrivate(), new char[0],
                new Certificate[] {cert, signers.ca().rootCertificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, new char[0]);
        serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Serves {@code body} with {@code contentType} at the well-known path; returns its URL. */
    private URI serve(String contentType, byte[] body) throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext(ConfigurationFetcher.WELL_KNOWN_PATH, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return URI.create("https://localhost:" + server.getAddress().getPort() + ConfigurationFetcher.WELL_KNOWN_PATH);
    }

    private static ConfigurationFetcher trustingTheOverlayRoot() throws Exception {
        return new ConfigurationFetcher(ConfigurationFetcher.trusting(List.of(signers.ca().rootCertificate())),
                Duration.ofSeconds(5), new ConfigurationParser());
    }

    private static byte[] signedDocument() throws Exception {
        return new ConfigurationSigner(signers.credentials())
                .writeSigned(OverlayConfigurations.of(List.of(signers.configuration().build())));
    }

    @Test
    void fetches_and_reads_the_configuration_of_the_overlay() throws Exception {
        URI uri = serve("application/p2p-overlay+xml; charset=utf-8", signedDocument());

        OverlayConfigurations doc = trustingTheOverlayRoot().fetch(uri, TestSigners.OVERLAY);

        assertThat(doc.find(TestSigners.OVERLAY)).isPresent();
        assertThat(new ConfigurationValidator(ValidationContext.defaults()).validate(doc)).isEmpty();
    }

    @Test
    void refuses_another_media_type() throws Exception {
        URI uri = serve("text/xml", signedDocument());

        assertThatThrownBy(() -> trustingTheOverlayRoot().fetch(uri, TestSigners.OVERLAY))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("media type \"text/xml\"");
    }

    @Test
    void refuses_a_document_for_another_overlay() throws Exception {
        URI uri = serve("application/p2p-overlay+xml", signedDocument());

        assertThatThrownBy(() -> trustingTheOverlayRoot().fetch(uri, "other.example.net"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("instance-name is other.example.net");
    }

    @Test
    void refuses_a_server_the_operator_does_not_trust() throws Exception {
        URI uri = serve("application/p2p-overlay+xml", signedDocument());
        ConfigurationFetcher trustingOthers = new ConfigurationFetcher(
                ConfigurationFetcher.trusting(List.of(TestSigners.create().ca().rootCertificate())),
                Duration.ofSeconds(5), new ConfigurationParser());

        assertThatThrownBy(() -> trustingOthers.fetch(uri, TestSigners.OVERLAY)).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void refuses_a_document_over_the_size_limit() throws Exception {
        URI uri = serve("application/p2p-overlay+xml", signedDocument());
        ConfigurationFetcher small = new ConfigurationFetcher(
                ConfigurationFetcher.trusting(List.of(signers.ca().rootCertificate())), Duration.ofSeconds(5),
                new ConfigurationParser(100, 64));

        assertThatThrownBy(() -> small.fetch(uri, TestSigners.OVERLAY)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("larger than 100 bytes");
    }

    @Test
    void refuses_plain_http() {
        assertThatThrownBy(() -> trustingTheOverlayRoot().fetch(URI.create("http://localhost/x"), "o.example"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_well_known_url_is_under_the_overlay_name() {
        assertThat(ConfigurationFetcher.wellKnownUri("example.com"))
                .hasToString("https://example.com/.well-known/reload-config");
    }
}

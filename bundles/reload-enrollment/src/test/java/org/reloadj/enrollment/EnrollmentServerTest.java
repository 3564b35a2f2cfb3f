package org.reloadj.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.enroll.EnrollmentClient;
import org.reloadj.security.enroll.EnrollmentException;
import org.reloadj.security.enroll.EnrollmentFailure;
import org.reloadj.security.enroll.MultipartFormData;
import org.reloadj.security.enroll.OverlayTrust;
import org.reloadj.security.issue.CertificateSigningRequest;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;
import org.reloadj.security.keys.PemFiles;

/** The server over real HTTPS on 127.0.0.1 (the test hosts file maps overlay.example.org there). */
class EnrollmentServerTest {
    private static final String OVERLAY = TestServers.OVERLAY;
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    static Path dir;
    private static EnrollmentServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        server = TestServers.start(dir, PASSWORD, "alice", "bob", "carol", "dave", "erin", "frank", "bad name");
        http = HttpClient.newBuilder().sslContext(OverlayTrust.sslContext(TrustAnchors.of(List.of(server.rootCertificate()))))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void announces_urls_on_the_overlay_name_and_the_bound_port() {
        int port = server.localAddress().getPort();
        assertThat(port).isPositive();
        assertThat(server.enrollmentUrl()).hasToString("https://overlay.example.org:" + port + "/enroll");
        assertThat(server.configurationUrl()).hasToString("https://overlay.example.org:" + port + "/.well-known/reload-config");
        assertThat(server.rootCertificateFile().getFileName().toString()).contains("root").endsWith(".pem");
    }

    @Test
    void enrolls_with_the_client_and_returns_a_node_certificate_under_the_root() throws Exception {
        Credentials credentials = client(server.enrollmentUrl()).enroll("alice", PASSWORD, 1, KeyAlgorithm.ECDSA_P256);
        X509Certificate cert = credentials.certificate().x509();
        cert.verify(server.rootCertificate().getPublicKey());
        assertThat(cert.getSubjectX500Principal().getEncoded()).hasSize(2);
        assertThat(credentials.certificate().userName()).isEqualTo("alice@overlay.example.org");
        assertThat(credentials.certificate().nodeIds()).hasSize(1);
        assertThat(cert.getSubjectAlternativeNames()).hasSize(2);
    }

    @Test
    void enrolls_an_rsa_key_for_several_node_ids() throws Exception {
        Credentials credentials = client(server.enrollmentUrl()).enroll("bob", PASSWORD, 3, KeyAlgorithm.RSA_2048);
        assertThat(credentials.certificate().nodeIds()).hasSize(3).doesNotHaveDuplicates();
        assertThat(credentials.certificate().x509().getPublicKey().getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void gives_a_returning_user_the_same_node_ids_and_more_when_asked() throws Exception {
        EnrollmentClient client = client(server.enrollmentUrl());
        var first = client.enroll("carol", PASSWORD, 2, KeyAlgorithm.ECDSA_P256).certificate().nodeIds();
        var again = client.enroll("carol", PASSWORD, 2, KeyAlgorithm.ECDSA_P256).certificate().nodeIds();
        var more = client.enroll("carol", PASSWORD, 4, KeyAlgorithm.ECDSA_P256).certificate().nodeIds();
        assertThat(again).isEqualTo(first);
        assertThat(more).hasSize(4).startsWith(first.toArray(new org.reloadj.api.NodeId[0]));
    }

    @Test
    void answers_a_wrong_password_or_an_unknown_account_with_failed_authentication() throws Exception {
        assertFailure(() -> client(server.enrollmentUrl()).enroll("alice", "wrong", 1, KeyAlgorithm.ECDSA_P256),
                EnrollmentFailure.FAILED_AUTHENTICATION);
        assertForbidden(form("alice", "wrong", csr()), "failed_authentication");
        assertForbidden(form("mallory", PASSWORD, csr()), "failed_authentication");
        assertForbidden(new MultipartFormData().file("csr", "csr.der", "application/pkcs10", csr()), "failed_authentication");
    }

    @Test
    void answers_a_malformed_or_missing_csr_with_bad_csr() throws Exception {
        assertForbidden(form("dave", PASSWORD, "not a request".getBytes(StandardCharsets.US_ASCII)), "bad_CSR");
        assertForbidden(new MultipartFormData().field("username", "dave").field("password", PASSWORD), "bad_CSR");
    }

    @Test
    void answers_a_weak_rsa_1024_key_with_bad_csr() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        var weak = g.generateKeyPair();
        assertForbidden(form("dave", PASSWORD, CertificateSigningRequest.create(weak, Optional.empty()).der()), "bad_CSR");
        assertFailure(() -> client(server.enrollmentUrl()).enroll("dave", PASSWORD, 1, weak), EnrollmentFailure.BAD_CSR);
    }

    @Test
    void answers_a_node_id_count_beyond_the_limit_or_no_count_with_node_ids_not_available() throws Exception {
        assertFailure(() -> client(server.enrollmentUrl()).enroll("erin", PASSWORD, 5, KeyAlgorithm.ECDSA_P256),
                EnrollmentFailure.NODE_IDS_NOT_AVAILABLE);
        for (String count : List.of("0", "-1", "two", "99999999999")) {
            assertForbidden(form("erin", PASSWORD, csr()).field("nodeids", count), "Node-IDs_not_available");
        }
    }

    @Test
    void answers_a_name_the_account_may_not_use_with_username_not_available() throws Exception {
        byte[] asksForBob = CertificateSigningRequest.create(KeyPairs.generate(KeyAlgorithm.ECDSA_P256),
                Optional.of(new UserName("bob@overlay.example.org"))).der();
        assertForbidden(form("frank", PASSWORD, asksForBob), "username_not_available");
        assertForbidden(form("bad name", PASSWORD, csr()), "username_not_available");
    }

    @Test
    void accepts_the_csr_as_pem_too() throws Exception {
        byte[] pem = PemFiles.encode(PemFiles.CERTIFICATE_REQUEST, csr()).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<byte[]> response = post(form("frank", PASSWORD, pem), "application/pkix-cert");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pkix-cert");
        assertThat(PemFiles.parseCertificates(response.body())).hasSize(1);
    }

    @Test
    void serves_the_configuration_document_as_p2p_overlay_xml() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.configurationUrl()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/p2p-overlay+xml");
        assertThat(response.body()).contains("instance-name=\"overlay.example.org\"")
                .contains("<enrollment-server>" + server.enrollmentUrl() + "</enrollment-server>");
    }

    @Test
    void answers_an_oversized_request_with_413() throws Exception {
        byte[] big = new byte[EnrollmentSettings.DEFAULT_MAX_REQUEST_BYTES * 2];
        HttpResponse<byte[]> response = post(form("alice", PASSWORD, big), "application/pkix-cert");
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void answers_other_paths_methods_media_types_and_accept_headers_with_their_http_errors() throws Exception {
        URI base = server.enrollmentUrl();
        assertThat(send(HttpRequest.newBuilder(base.resolve("/nothing")).GET())).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(base).GET())).isEqualTo(405);
        assertThat(send(HttpRequest.newBuilder(server.configurationUrl()).POST(HttpRequest.BodyPublishers.ofString("x"))))
                .isEqualTo(405);
        assertThat(send(HttpRequest.newBuilder(base).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=alice&password=x")))).isEqualTo(415);
        assertThat(post(form("alice", PASSWORD, csr()), "text/html").statusCode()).isEqualTo(406);
        assertThat(send(HttpRequest.newBuilder(base).header("Content-Type", "multipart/form-data; boundary=zz")
                .POST(HttpRequest.BodyPublishers.ofString("--zz\r\nContent-Disposition: garbage\r\n\r\nx\r\n--zz--\r\n"))))
                .isEqualTo(400);
    }

    @Test
    void keeps_serving_after_a_client_that_does_not_speak_tls() throws Exception {
        try (Socket plain = new Socket("127.0.0.1", server.localAddress().getPort())) {
            OutputStream out = plain.getOutputStream();
            out.write("GET /.well-known/reload-config HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(plain.getInputStream().readAllBytes()).hasSizeLessThan(64);
        }
        assertThat(send(HttpRequest.newBuilder(server.configurationUrl()).GET())).isEqualTo(200);
    }

    @Test
    void the_client_refuses_a_server_whose_certificate_does_not_name_the_url_host() {
        URI byLocalhost = URI.create("https://localhost:" + server.localAddress().getPort() + "/enroll");
        assertThatThrownBy(() -> client(byLocalhost).enroll("alice", PASSWORD, 1, KeyAlgorithm.ECDSA_P256))
                .isInstanceOf(IOException.class);
    }

    @Test
    void the_client_refuses_a_server_under_another_root() {
        X509Certificate otherRoot = OverlayCa.create(OVERLAY, KeyAlgorithm.ECDSA_P256, Clock.systemUTC(), Duration.ofDays(1))
                .rootCertificate();
        EnrollmentClient client = new EnrollmentClient(server.enrollmentUrl(), TrustAnchors.of(List.of(otherRoot)), 16, Clock.systemUTC(),
                Duration.ofSeconds(10));
        assertThatThrownBy(() -> client.enroll("alice", PASSWORD, 1, KeyAlgorithm.ECDSA_P256)).isInstanceOf(IOException.class);
    }

    private static EnrollmentClient client(URI url) {
        return new EnrollmentClient(url, TrustAnchors.of(List.of(server.rootCertificate())), 16, Clock.systemUTC(),
                Duration.ofSeconds(20));
    }

    private static byte[] csr() {
        return CertificateSigningRequest.create(KeyPairs.generate(KeyAlgorithm.ECDSA_P256), Optional.empty()).der();
    }

    private static MultipartFormData form(String username, String password, byte[] csr) {
        return new MultipartFormData().field("username", username).field("password", password)
                .file("csr", "csr.der", "application/pkcs10", csr);
    }

    private static HttpResponse<byte[]> post(MultipartFormData form, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.enrollmentUrl()).header("Content-Type", form.contentType())
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void assertForbidden(MultipartFormData form, String token) throws Exception {
        HttpResponse<byte[]> response = post(form, "application/pkix-cert");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(token);
    }

    private static void assertFailure(Enrollment enrollment, EnrollmentFailure failure) {
        assertThatThrownBy(enrollment::run).isInstanceOfSatisfying(EnrollmentException.class,
                e -> assertThat(e.failure()).isEqualTo(failure));
    }

    /** An enrollment expected to fail. */
    private interface Enrollment {
        void run() throws Exception;
    }
}

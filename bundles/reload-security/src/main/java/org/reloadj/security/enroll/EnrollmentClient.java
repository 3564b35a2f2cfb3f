package org.reloadj.security.enroll;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.SelfSignedPolicy;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.issue.CertificateSigningRequest;
import org.reloadj.security.keys.KeyPairs;
import org.reloadj.security.keys.PemFiles;

/**
 * Enrolls with an overlay's enrollment server (RFC 6940, 11.3): makes a key pair and a PKCS#10
 * request, POSTs it over HTTPS as multipart/form-data with the form parameters
 * {@code username}, {@code password}, {@code nodeids} (only when more than one Node-ID is
 * wanted) and {@code csr}, and checks the certificate that comes back.
 *
 * <p>The {@code csr} part is the DER request (binary, no transfer encoding) with Content-Type
 * {@code application/pkcs10} and file name {@code csr.der}; the request carries
 * {@code Accept: application/pkix-cert}. The server is trusted only through the overlay's root
 * certificates, and its certificate must match the host of the enrollment URL (RFC 2818), which
 * {@link HttpClient} checks. A 403 answer names its reason as one of the tokens of 11.3
 * ({@link EnrollmentFailure}). A 200 answer's certificate must be for the request's key and pass
 * {@link CertificateValidator}: a node certificate of 11.3 that chains to one of the roots (PKIX,
 * BasicConstraints included), valid now.
 */
public final class EnrollmentClient {
    /** The media type of the request in the {@code csr} part. */
    public static final String PKCS10 = "application/pkcs10";
    /** The media type of the certificate answered. */
    public static final String PKIX_CERT = "application/pkix-cert";
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private final URI server;
    private final CertificateValidator validator;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * A client of the enrollment server at {@code server} (an {@code https:} URL from the
     * configuration's {@code enrollment-server}), trusting exactly {@code roots}, for an overlay
     * whose Node-IDs have {@code nodeIdLength} bytes; {@code clock} tells the time to check the
     * certificate's validity at, {@code timeout} how long to wait for the server.
     */
    public EnrollmentClient(URI server, TrustAnchors roots, int nodeIdLength, Clock clock, Duration timeout) {
        if (!"https".equalsIgnoreCase(server.getScheme())) {
            throw new IllegalArgumentException("an enrollment server URL is https (11.1): " + server);
        }
        this.server = server;
        this.validator = new CertificateValidator(roots, clock, nodeIdLength, SelfSignedPolicy.forbidden());
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().sslContext(OverlayTrust.sslContext(roots))
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** Enrolls {@code username} for {@code nodeIds} Node-IDs with a new key of {@code algorithm}. */
    public Credentials enroll(String username, String password, int nodeIds, KeyAlgorithm algorithm)
            throws EnrollmentException, IOException, InterruptedException {
        return enroll(username, password, nodeIds, KeyPairs.generate(algorithm));
    }

    /**
     * Enrolls {@code username} for {@code nodeIds} Node-IDs with {@code keyPair}.
     *
     * @throws EnrollmentException  when the server refuses or its certificate is unusable
     * @throws IOException          when the server cannot be reached or the TLS handshake fails
     *                              (a server not trusted or not named by the URL)
     * @throws InterruptedException when interrupted while waiting for the answer
     */
    public Credentials enroll(String username, String password, int nodeIds, KeyPair keyPair)
            throws EnrollmentException, IOException, InterruptedException {
        if (nodeIds < 1) {
            throw new IllegalArgumentException("at least one Node-ID");
        }
        CertificateSigningRequest csr = CertificateSigningRequest.create(keyPair, Optional.empty());
        MultipartFormData form = new MultipartFormData().field("username", username).field("password", password);
        if (nodeIds > 1) {
            form.field("nodeids", Integer.toString(nodeIds));
        }
        form.file("csr", "csr.der", PKCS10, csr.der());
        HttpRequest request = HttpRequest.newBuilder(server).timeout(timeout)
                .header("Content-Type", form.contentType()).header("Accept", PKIX_CERT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        byte[] body = readBounded(response.body());
        if (response.statusCode() != 200) {
            throw refusal(response.statusCode(), body);
        }
        ReloadCertificate certificate = check(response, body, keyPair);
        return Credentials.of(keyPair.getPrivate(), certificate);
    }

    private ReloadCertificate check(HttpResponse<?> response, byte[] body, KeyPair keyPair) throws EnrollmentException {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith(PKIX_CERT)) {
            throw new EnrollmentException(EnrollmentFailure.BAD_RESPONSE, "answer of type " + type + ", not " + PKIX_CERT);
        }
        try {
            List<X509Certificate> certificates = PemFiles.parseCertificates(body);
            if (certificates.size() != 1) {
                throw new EnrollmentException(EnrollmentFailure.BAD_RESPONSE, "expected one certificate, got " + certificates.size());
            }
            X509Certificate cert = certificates.get(0);
            if (!cert.getPublicKey().equals(keyPair.getPublic())) {
                throw new EnrollmentException(EnrollmentFailure.BAD_RESPONSE, "the certificate is not for the requested key");
            }
            return validator.validate(List.of(cert));
        } catch (IOException | ReloadSecurityException e) {
            throw new EnrollmentException(EnrollmentFailure.BAD_RESPONSE, "unusable certificate: " + e.getMessage(), e);
        }
    }

    private static EnrollmentException refusal(int status, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        EnrollmentFailure failure = status == 403 ? EnrollmentFailure.ofToken(text) : EnrollmentFailure.UNKNOWN;
        String shown = text.strip().length() > 100 ? text.strip().substring(0, 100) + "..." : text.strip();
        String reason = failure.token().orElse("HTTP " + status + (shown.isEmpty() ? "" : ": " + shown));
        return new EnrollmentException(failure, "enrollment refused: " + reason);
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        try (in) {
            byte[] body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            if (body.length > MAX_RESPONSE_BYTES) {
                throw new IOException("answer longer than " + MAX_RESPONSE_BYTES + " bytes");
            }
            return body;
        }
    }
}

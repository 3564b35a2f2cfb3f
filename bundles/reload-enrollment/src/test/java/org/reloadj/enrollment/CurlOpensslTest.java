package org.reloadj.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server with the tools an operator would use instead of ReloadJ: openssl makes the key and
 * the PKCS#10 request, curl posts it as RFC 6940, 11.3 says (resolving the overlay name to
 * 127.0.0.1 and trusting only the overlay's root), openssl checks what comes back.
 */
class CurlOpensslTest {
    private static final String PASSWORD = "open sesame";

    @TempDir
    static Path dir;
    private static EnrollmentServer server;

    @BeforeAll
    static void start() throws IOException {
        boolean present = onPath("openssl") && onPath("curl");
        // CI sets RELOADJ_REQUIRE_TOOLS: there the independent clients must run, never be skipped
        if (System.getenv("RELOADJ_REQUIRE_TOOLS") != null && !present) {
            throw new IllegalStateException("openssl and curl are required (RELOADJ_REQUIRE_TOOLS) but not on PATH");
        }
        assumeTrue(present, "openssl and curl are needed");
        server = TestServers.start(dir.resolve("server"), PASSWORD, "alice");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void openssl_and_curl_enroll_and_openssl_verifies_the_certificate() throws Exception {
        run("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", "key.pem", "-subj", "/CN=ignored", "-outform", "DER", "-out", "req.der");
        String answer = curl("alice", PASSWORD, "req.der", "cert.der");
        assertThat(answer).isEqualTo("200 application/pkix-cert");
        run("openssl", "x509", "-inform", "DER", "-in", "cert.der", "-out", "cert.pem");
        assertThat(run("openssl", "verify", "-CAfile", server.rootCertificateFile().toString(), "cert.pem"))
                .contains("cert.pem: OK");
        String text = run("openssl", "x509", "-in", "cert.pem", "-noout", "-text");
        assertThat(text).containsPattern("URI:reload://0110[0-9a-f]{32}@overlay\\.example\\.org/")
                .contains("email:alice@overlay.example.org").containsPattern("Subject: *\n");
        assertThat(run("openssl", "x509", "-in", "cert.pem", "-noout", "-subject")).isEqualTo("subject=\n");
    }

    @Test
    void curl_gets_bad_csr_for_an_rsa_1024_request_and_failed_authentication_for_a_wrong_password() throws Exception {
        run("openssl", "req", "-new", "-newkey", "rsa:1024", "-nodes", "-keyout", "weak.pem", "-subj", "/CN=weak",
                "-outform", "DER", "-out", "weak.der");
        assertThat(curl("alice", PASSWORD, "weak.der", "weak-answer.txt")).isEqualTo("403 text/plain; charset=UTF-8");
        assertThat(Files.readString(dir.resolve("weak-answer.txt"))).isEqualTo("bad_CSR");
        run("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "rsa.pem", "-subj", "/CN=rsa",
                "-outform", "DER", "-out", "rsa.der");
        assertThat(curl("alice", "wrong", "rsa.der", "wrong-answer.txt")).startsWith("403 ");
        assertThat(Files.readString(dir.resolve("wrong-answer.txt"))).isEqualTo("failed_authentication");
    }

    @Test
    void curl_fetches_the_configuration_document() throws Exception {
        String answer = run("curl", "-sS", "-o", "config.xml", "-w", "%{http_code} %{content_type}", "--cacert",
                server.rootCertificateFile().toString(), "--resolve", resolve(), server.configurationUrl().toString());
        assertThat(answer).isEqualTo("200 application/p2p-overlay+xml");
        assertThat(Files.readString(dir.resolve("config.xml"))).contains("<enrollment-server>" + server.enrollmentUrl());
    }

    private static String curl(String user, String password, String csrFile, String outFile) throws Exception {
        return run("curl", "-sS", "-o", outFile, "-w", "%{http_code} %{content_type}",
                "--cacert", server.rootCertificateFile().toString(), "--resolve", resolve(),
                "-H", "Accept: application/pkix-cert", "-F", "username=" + user, "-F", "password=" + password,
                "-F", "csr=@" + csrFile + ";type=application/pkcs10", server.enrollmentUrl().toString());
    }

    private static String resolve() {
        return TestServers.OVERLAY + ":" + server.localAddress().getPort() + ":127.0.0.1";
    }

    /** Runs a command in the test directory; returns its standard output, failing on a non-zero exit. */
    private static String run(String... command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + Files.readString(err)).isZero();
        return Files.readString(out);
    }

    private static boolean onPath(String tool) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        return dirs.stream().anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}

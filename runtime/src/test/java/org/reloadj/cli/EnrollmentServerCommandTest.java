package org.reloadj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.security.Credentials;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.TrustAnchors;
import org.reloadj.security.enroll.EnrollmentClient;
import org.reloadj.security.keys.PemFiles;
import picocli.CommandLine;

/**
 * {@code reloadj enrollment-server} in-process: the overlay is named localhost, so that the URLs
 * it prints resolve here without a hosts file.
 */
class EnrollmentServerCommandTest {
    private static final Pattern ENROLLMENT = Pattern.compile("(?m)^enrollment: (https://localhost:(\\d+)/enroll)$");

    @TempDir
    Path dir;

    @Test
    void prints_the_urls_once_it_listens_enrolls_and_stops_cleanly() throws Exception {
        Running server = start("--overlay", "localhost", "--dir", dir.toString(), "--port", "0", "--user", "alice:pw1");
        String out = server.awaitListening();
        Matcher m = ENROLLMENT.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(out).contains("configuration: https://localhost:" + m.group(2) + "/.well-known/reload-config")
                .contains("root certificate: " + dir.toAbsolutePath().resolve("overlay-root.pem"));
        Credentials credentials = enroll(URI.create(m.group(1)), "alice", "pw1");
        assertThat(credentials.certificate().userName()).isEqualTo("alice@localhost");
        server.signal.stop();
        assertThat(server.exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(server.err()).contains("enrollment server stopped");
    }

    @Test
    void reuses_its_ca_and_accounts_on_the_next_start() throws Exception {
        Running first = start("--overlay", "localhost", "--dir", dir.toString(), "--port", "0", "--user", "bob:pw");
        first.awaitListening();
        String root = Files.readString(dir.resolve("overlay-root.pem"));
        first.signal.stop();
        assertThat(first.exit.get(30, TimeUnit.SECONDS)).isZero();

        Running second = start("--overlay", "localhost", "--dir", dir.toString(), "--port", "0");
        Matcher m = ENROLLMENT.matcher(second.awaitListening());
        assertThat(m.find()).isTrue();
        assertThat(Files.readString(dir.resolve("overlay-root.pem"))).isEqualTo(root);
        assertThat(enroll(URI.create(m.group(1)), "bob", "pw").certificate().x509().getIssuerX500Principal().getName())
                .contains("localhost");
        second.signal.stop();
        assertThat(second.exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void says_in_one_line_that_the_port_is_in_use() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.run("", "enrollment-server", "--overlay", "localhost", "--dir", dir.toString(),
                    "--port", Integer.toString(taken.getLocalPort()));
            assertThat(run.status()).isNotZero();
            assertThat(run.err().lines()).hasSize(1).first().asString()
                    .startsWith("reloadj enrollment-server: cannot listen on 127.0.0.1:" + taken.getLocalPort());
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void says_in_one_line_that_the_directory_is_unusable() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        CliRun run = CliRun.run("", "enrollment-server", "--overlay", "localhost", "--dir", file.toString(), "--port", "0");
        assertThat(run.status()).isNotZero();
        assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("reloadj enrollment-server: ")
                .contains("a-file");
    }

    @Test
    void refuses_a_user_without_password_or_with_an_illegal_name() {
        CliRun noPassword = CliRun.run("", "enrollment-server", "--overlay", "localhost", "--dir", dir.toString(),
                "--port", "0", "--user", "alice");
        assertThat(noPassword.status()).isEqualTo(Terminal.EXIT_BAD_INPUT);
        assertThat(noPassword.err()).startsWith("reloadj enrollment-server: --user takes NAME:PASSWORD");
        CliRun illegal = CliRun.run("", "enrollment-server", "--overlay", "localhost", "--dir", dir.toString(),
                "--port", "0", "--user", "al ice:pw");
        assertThat(illegal.status()).isEqualTo(Terminal.EXIT_BAD_INPUT);
        assertThat(illegal.err().lines()).hasSize(1);
    }

    private Credentials enroll(URI url, String user, String password) throws Exception {
        TrustAnchors roots = TrustAnchors.of(PemFiles.readCertificates(dir.resolve("overlay-root.pem")));
        return new EnrollmentClient(url, roots, 16, Clock.systemUTC(), Duration.ofSeconds(20))
                .enroll(user, password, 1, KeyAlgorithm.ECDSA_P256);
    }

    private Running start(String... args) {
        return new Running(args);
    }

    /** The command running in a thread of its own, until its signal is raised. */
    private static final class Running {
        final StopSignal signal = new StopSignal();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final CompletableFuture<Integer> exit;

        Running(String... args) {
            Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cli = new CommandLine(new EnrollmentServerCommand(terminal, () -> signal));
            exit = CompletableFuture.supplyAsync(() -> cli.execute(args));
        }

        String awaitListening() {
            await().atMost(Duration.ofSeconds(30)).until(() -> out().contains("configuration: ") || exit.isDone());
            return out();
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}

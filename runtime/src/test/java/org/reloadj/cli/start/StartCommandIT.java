package org.reloadj.cli.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.cli.CliRun;

/**
 * The distribution end to end, as the README and docs/getting-started.md use it: {@code reloadj
 * start} creates an overlay and runs its first peer in Felix; a second {@code start --config URL}
 * enrolls and joins; {@code reloadj client} stores, fetches and finds; the example usage dropped
 * into deploy/ works at once and is unknown again once deleted; SIGTERM stops both cleanly.
 */
class StartCommandIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The JVM's exit status after SIGTERM once its shutdown hooks ran: 128 + 15. */
    private static final int SIGTERM_STATUS = 143;

    @TempDir
    Path dir;

    private final Path dist = Path.of(System.getProperty("reloadj.dist"));

    /**
     * The nodes in Felix need the TLS link bundle to register its provider as a service (issue 7);
     * until it does, no node can start in the distribution.
     */
    @BeforeEach
    void requireTheTlsLinkService() throws IOException {
        try (Stream<Path> bundles = Files.list(dist.resolve("bundle"))) {
            Path tls = bundles.filter(p -> p.getFileName().toString().startsWith("reload-link-tls-")).findFirst()
                    .orElseThrow();
            try (JarFile jar = new JarFile(tls.toFile())) {
                Assumptions.assumeTrue(jar.getManifest().getMainAttributes().getValue("Service-Component") != null,
                        "the TLS link bundle registers no OverlayLinkProvider service yet (issue 7)");
            }
        }
    }

    @Test
    void an_overlay_started_joined_used_by_a_client_with_a_usage_hot_deployed() throws Exception {
        try (RunningProcess first = RunningProcess.start(dist, dir.resolve("alice.log"), "start", "--home", dir.resolve("alice").toString(),
                "--port", "0", "--no-shell", "--user", "alice:apw", "--user", "bob:bpw", "--user", "carol:cpw")) {
            assertThat(first.awaitLine("ready", PATIENCE)).contains("joined overlay localhost at 127.0.0.1:");
            String url = first.awaitLine("configuration: https://", PATIENCE).replace("configuration: ", "");
            try (RunningProcess second = RunningProcess.start(dist, dir.resolve("bob.log"), "start", "--home", dir.resolve("bob").toString(),
                    "--config", url, "--user", "bob:bpw", "--no-shell")) {
                String ready = second.awaitLine("ready", PATIENCE);
                assertThat(ready).contains("joined overlay localhost");
                String bobId = ready.replaceAll("ready: node (\\p{XDigit}+) .*", "$1");
                String config = dir.resolve("alice/overlay.xml").toString();

                assertThat(client(config, "store", "demo-note", "carol@localhost", "hello").status()).isZero();
                assertThat(client(config, "fetch", "demo-note", "carol@localhost").out()).isEqualTo("hello\n");
                CliRun forbidden = client(config, "store", "demo-note", "alice@localhost", "not mine");
                assertThat(forbidden.status()).isEqualTo(1);
                assertThat(forbidden.err()).startsWith("Error_Forbidden");
                CliRun tooLarge = client(config, "store", "demo-note", "carol@localhost", "x".repeat(1025));
                assertThat(tooLarge.status()).isEqualTo(1);
                assertThat(tooLarge.err()).startsWith("Error_Data_Too_Large");
                await().atMost(PATIENCE).until(() -> client(config, "fetch", "CERTIFICATE_BY_USER", "bob@localhost")
                        .out().startsWith("[0] -----BEGIN CERTIFICATE-----"));
                assertThat(client(config, "find", "CERTIFICATE_BY_USER", "bob@localhost").out())
                        .startsWith("CERTIFICATE_BY_USER: ").doesNotContain("none");
                CliRun early = client(config, "store", "0xf0001001", "carol@localhost", "a note");
                assertThat(early.status()).isEqualTo(1);
                assertThat(early.err()).startsWith("Error_Unknown_Kind: 0xf0001001");

                Path example = Path.of(System.getProperty("reloadj.example"));
                for (String home : new String[] {"alice", "bob"}) {
                    Files.copy(example, dir.resolve(home).resolve("deploy/example.jar"), StandardCopyOption.REPLACE_EXISTING);
                }
                await().atMost(PATIENCE).until(() -> client(config, "store", "0xf0001001", "carol@localhost", "a note")
                        .status() == 0);
                assertThat(client(config, "fetch", "0xf0001001", "carol@localhost").out()).isEqualTo("a note\n");

                for (String home : new String[] {"alice", "bob"}) {
                    Files.delete(dir.resolve(home).resolve("deploy/example.jar"));
                }
                await().atMost(PATIENCE).until(() -> client(config, "fetch", "0xf0001001", "carol@localhost").err()
                        .startsWith("Error_Unknown_Kind"));

                assertThat(second.terminate(PATIENCE)).as("SIGTERM's status").isEqualTo(SIGTERM_STATUS);
                assertThat(second.output()).contains("node " + bobId + " stopped").contains("reloadj: stopped");
            }
            assertThat(first.terminate(PATIENCE)).as("SIGTERM's status").isEqualTo(SIGTERM_STATUS);
            assertThat(first.output()).contains("reloadj: stopped");
        }
    }

    private CliRun client(String config, String... command) {
        String[] args = new String[8 + command.length];
        String[] options = {"client", "--config", config, "--user", "carol", "--password", "cpw",
            "--home=" + dir.resolve("carol")};
        System.arraycopy(options, 0, args, 0, options.length);
        System.arraycopy(command, 0, args, options.length, command.length);
        return CliRun.run("", args);
    }
}

package org.reloadj.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.cli.CliRun;

/**
 * {@code reloadj client} against a real overlay: the first peer of a new overlay over TLS, and
 * the client enrolling as bob, linking as an RFC 6940 client (4.2) and running one command.
 */
class ClientCommandTest {
    @TempDir
    static Path dir;
    private static FirstPeer peer;

    @BeforeAll
    static void startOverlay() throws Exception {
        peer = new FirstPeer(dir.resolve("alice"));
    }

    @AfterAll
    static void stopOverlay() {
        peer.close();
    }

    private static CliRun client(String... command) {
        String[] args = new String[8 + command.length];
        String[] options = {"client", "--config", peer.config(), "--user", FirstPeer.BOB.name(), "--password",
            FirstPeer.BOB.password(), "--home=" + dir.resolve("bob")};
        System.arraycopy(options, 0, args, 0, options.length);
        System.arraycopy(command, 0, args, options.length, command.length);
        return CliRun.run("", args);
    }

    @Test
    void a_client_stores_and_fetches_its_own_note_by_kind_name() {
        CliRun stored = client("store", "demo-note", "bob@localhost", "hello from bob");
        assertThat(stored.status()).as(stored.err()).isZero();
        assertThat(stored.out()).contains("stored demo-note at bob@localhost");

        CliRun fetched = client("fetch", "demo-note", "bob@localhost");
        assertThat(fetched.status()).as(fetched.err()).isZero();
        assertThat(fetched.out()).isEqualTo("hello from bob\n");
    }

    @Test
    void storing_under_another_users_name_is_refused_by_name_with_status_1() {
        CliRun refused = client("store", "demo-note", "alice@localhost", "not mine");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).startsWith("Error_Forbidden");
    }

    @Test
    void the_other_users_certificate_prints_as_pem_and_is_found() {
        CliRun fetched = client("fetch", "CERTIFICATE_BY_USER", "alice@localhost");
        assertThat(fetched.status()).as(fetched.err()).isZero();
        assertThat(fetched.out()).startsWith("[0] -----BEGIN CERTIFICATE-----\n").contains("-----END CERTIFICATE-----");

        CliRun found = client("find", "CERTIFICATE_BY_USER", "alice@localhost");
        assertThat(found.status()).as(found.err()).isZero();
        assertThat(found.out()).startsWith("CERTIFICATE_BY_USER: ");
    }

    @Test
    void an_unknown_kind_id_is_error_unknown_kind() {
        CliRun unknown = client("store", "0xf0000999", "bob@localhost", "x");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("Error_Unknown_Kind");
    }

    @Test
    void status_and_kinds_describe_the_client() {
        CliRun status = client("status");
        assertThat(status.status()).as(status.err()).isZero();
        assertThat(status.out()).contains("overlay    localhost").contains("user       bob@localhost")
                .contains("role       client, linked");
        CliRun kinds = client("kinds");
        assertThat(kinds.out()).contains("demo-note").contains("CERTIFICATE_BY_USER");
    }

    @Test
    void ping_answers_from_the_first_peer() {
        CliRun ping = client("ping", peer.node.status().nodeId().toString());
        assertThat(ping.status()).as(ping.err()).isZero();
        assertThat(ping.out()).startsWith("pong from " + peer.node.status().nodeId());
    }
}

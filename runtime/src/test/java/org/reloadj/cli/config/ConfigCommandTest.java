package org.reloadj.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.cli.CliRun;
import org.reloadj.config.ConfigurationWriter;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.issue.OverlayCa;
import org.reloadj.security.issue.UserName;
import org.reloadj.security.keys.KeyPairs;
import org.reloadj.security.keys.PemFiles;

/** {@code reloadj config show|check|sign}, run in-process. */
class ConfigCommandTest {
    private static final String OVERLAY = "overlay.example.org";

    @TempDir
    static Path dir;
    private static Path rfcExample;
    private static Path key;
    private static Path cert;
    private static Path root;
    private static NodeId nodeId;
    private static OverlayCa ca;

    @BeforeAll
    static void files() throws Exception {
        rfcExample = dir.resolve("rfc6940-example.xml");
        try (InputStream in = ConfigCommandTest.class.getResourceAsStream("rfc6940-example.xml")) {
            Files.write(rfcExample, in.readAllBytes());
        }
        ca = OverlayCa.create(OVERLAY, KeyAlgorithm.ECDSA_P256, Clock.systemUTC(), Duration.ofDays(30));
        KeyPair pair = KeyPairs.generate(KeyAlgorithm.ECDSA_P256);
        nodeId = NodeId.fromHex("0123456789abcdef0123456789abcdef");
        X509Certificate node = ca.issueNodeCertificate(pair.getPublic(), List.of(nodeId),
                new UserName("admin@" + OVERLAY), Duration.ofDays(10));
        key = dir.resolve("key.pem");
        cert = dir.resolve("cert.pem");
        root = dir.resolve("root.pem");
        PemFiles.writePrivateKey(key, pair.getPrivate());
        PemFiles.writeCertificates(cert, List.of(node));
        PemFiles.writeCertificates(root, List.of(ca.rootCertificate()));
    }

    private static Path unsignedDocument(String name) throws IOException {
        OverlayConfiguration c = OverlayConfiguration.builder(OVERLAY).sequence(3)
                .expiration(Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS))
                .addRootCertificate(Opaque.of(PemFiles.encoded(ca.rootCertificate())))
                .addConfigurationSigner(nodeId.toString()).addKindSigner(nodeId.toString()).build();
        Path file = dir.resolve(name);
        Files.write(file, ConfigurationWriter.write(OverlayConfigurations.of(List.of(c))));
        return file;
    }

    @Test
    void show_json_prints_every_configuration_with_the_xml_names() {
        CliRun run = CliRun.run("", "config", "show", "--json", rfcExample.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\n  \"configurations\": [\n    {\n      \"instance-name\": \"overlay.example.org\",")
                .contains("\"sequence\": 22,", "\"expiration\": \"2002-10-10T07:00:00Z\",",
                        "\"node-id-length\": 16,", "\"max-message-size\": 4000,", "\"initial-ttl\": 30,",
                        "\"overlay-reliability-timer\": 3000,", "\"chord-update-interval\": 400,",
                        "\"chord-ping-interval\": 30,", "\"chord-reactive\": true,", "\"turn-density\": 20,",
                        "\"clients-permitted\": false,", "\"shared-secret\": \"password\",",
                        "\"subject\": \"OU=Sipit Test Certificate Authority,O=sipit,L=San Jose,ST=California,C=US\"",
                        "\"base64\": \"YmFkIGNlcnQK\"",
                        "\"enrollment-servers\": [\n        \"https://example.org\",\n        \"https://example.net\"\n      ]",
                        "{\n          \"address\": \"2001:DB8::1\",\n          \"port\": 6084\n        }",
                        "\"name\": \"SIP-REGISTRATION\",", "\"id\": 2000,", "\"max-node-multiple\": 3,",
                        "\"mandatory-extensions\": [\n        \"urn:ietf:params:xml:ns:p2p:config-ext1\"\n      ]",
                        "\"instance-name\": \"other.example.net\",\n      \"sequence\": null,");
        assertThat(run.out().lines().filter(l -> l.contains("\"instance-name\""))).hasSize(2);
    }

    @Test
    void show_prints_a_line_per_configuration_without_json() {
        CliRun run = CliRun.run("", "config", "show", rfcExample.toString());

        assertThat(run.out().lines()).hasSize(2).first().asString()
                .startsWith("overlay.example.org: sequence 22, expires 2002-10-10T07:00:00Z, CHORD-RELOAD");
    }

    @Test
    void check_prints_one_line_per_problem_of_the_rfc_example_and_fails() {
        CliRun run = CliRun.run("", "config", "check", rfcExample.toString());

        assertThat(run.status()).isEqualTo(CheckCommand.EXIT_PROBLEMS);
        assertThat(run.out().lines()).hasSize(9).allMatch(l -> l.startsWith("error ["))
                .anyMatch(l -> l.contains("expired at 2002-10-10T07:00:00Z"))
                .anyMatch(l -> l.contains("root-cert[2]: not an X.509 certificate"))
                .anyMatch(l -> l.contains("must not join: mandatory extension urn:ietf:params:xml:ns:p2p:config-ext1"))
                .anyMatch(l -> l.contains("signature[1]: does not verify: not a SecurityBlock"));
        assertThat(run.err()).contains("9 problem(s)");
    }

    @Test
    void check_with_the_rfc_grammar_words_the_grammar_error_with_the_embedded_validator() {
        CliRun run = CliRun.run("", "config", "check", "--rfc-grammar", rfcExample.toString());

        assertThat(run.out().lines()).hasSize(10).first().asString().isEqualTo("error [grammar] line 46:35: element"
                + " \"overlay-reliability-timer\" not allowed here; expected the element end-tag, element \"bad-node\","
                + " \"bootstrap-node\", \"configuration-signer\", \"enrollment-server\", \"kind-signer\","
                + " \"mandatory-extension\", \"overlay-link-protocol\", \"required-kinds\" or \"root-cert\" or an"
                + " element from another namespace (RFC 6940, 11.1.1)");
    }

    @Test
    void sign_then_check_passes_and_a_changed_byte_fails() throws Exception {
        Path unsigned = unsignedDocument("unsigned.xml");
        Path signed = dir.resolve("signed.xml");

        CliRun sign = CliRun.run("", "config", "sign", "--key", key.toString(), "--cert", cert.toString(), "--kinds",
                unsigned.toString(), "-o", signed.toString());
        assertThat(sign.status()).as(sign.err()).isZero();
        assertThat(sign.err()).contains("as " + nodeId);

        CliRun check = CliRun.run("", "config", "check", "--roots", root.toString(), signed.toString());
        assertThat(check.status()).as(check.out()).isZero();
        assertThat(check.out()).isEmpty();

        Path tampered = dir.resolve("tampered.xml");
        Files.writeString(tampered, Files.readString(signed).replace("sequence=\"3\"", "sequence=\"4\""));
        CliRun bad = CliRun.run("", "config", "check", tampered.toString());
        assertThat(bad.status()).isEqualTo(CheckCommand.EXIT_PROBLEMS);
        assertThat(bad.out()).contains("signature[1]: does not verify: BAD_SIGNATURE");
    }

    @Test
    void check_against_the_previous_configuration_wants_a_newer_sequence() throws Exception {
        Path signed = dir.resolve("signed-previous.xml");
        CliRun sign = CliRun.run("", "config", "sign", "--key", key.toString(), "--cert", cert.toString(), "--kinds",
                unsignedDocument("previous.xml").toString(), "-o", signed.toString());
        assertThat(sign.status()).as(sign.err()).isZero();

        CliRun same = CliRun.run("", "config", "check", "--previous", signed.toString(), signed.toString());

        assertThat(same.status()).as(same.out()).isZero();
    }

    @Test
    void sign_with_a_key_of_another_certificate_is_refused() throws Exception {
        Path otherKey = dir.resolve("other-key.pem");
        PemFiles.writePrivateKey(otherKey, KeyPairs.generate(KeyAlgorithm.ECDSA_P256).getPrivate());

        CliRun run = CliRun.run("", "config", "sign", "--key", otherKey.toString(), "--cert", cert.toString(),
                unsignedDocument("u2.xml").toString(), "-o", dir.resolve("never.xml").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("private key does not belong");
        assertThat(dir.resolve("never.xml")).doesNotExist();
    }

    @Test
    void a_hostile_document_is_refused_with_status_2() throws Exception {
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<!DOCTYPE overlay [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><overlay>&x;</overlay>",
                StandardCharsets.UTF_8);

        CliRun show = CliRun.run("", "config", "show", "--json", xxe.toString());
        CliRun check = CliRun.run("", "config", "check", xxe.toString());

        assertThat(show.status()).isEqualTo(2);
        assertThat(show.err()).contains("document type declarations");
        assertThat(check.status()).isEqualTo(CheckCommand.EXIT_PROBLEMS);
        assertThat(check.out()).startsWith("error [document] document: document type declarations");
    }

    @Test
    void a_missing_file_is_an_io_error() {
        assertThat(CliRun.run("", "config", "show", dir.resolve("nothing.xml").toString()).status()).isEqualTo(3);
    }
}

package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of RFC 6940, 11.1 that the grammar cannot express, one configuration at a time. */
class ValueRulesTest {

    /** The problems of a configuration holding {@code parameters}, signatures aside (it is unsigned). */
    private static List<String> problems(String parameters) {
        return new ConfigurationValidator(ValidationContext.defaults()).validate(TestDocuments.wrap(parameters))
                .stream().filter(p -> p.category() != Problem.Category.SIGNATURE).map(Problem::toString).toList();
    }

    /** The document of an empty configuration, {@code from} replaced by {@code to} in its text. */
    private static byte[] emptyConfigurationWith(String from, String to) {
        String text = new String(TestDocuments.wrap(""), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_plain_configuration_has_no_problem_but_its_missing_signature() {
        List<Problem> all = new ConfigurationValidator(ValidationContext.defaults()).validate(TestDocuments.wrap(""));

        assertThat(all).extracting(Problem::toString).containsExactly("error [signature] overlay.example.org: not signed:"
                + " a configuration must be signed by a configuration-signer (RFC 6940, 11.1)");
    }

    @Test
    void node_id_length_is_16_to_20() {
        assertThat(problems("<node-id-length>20</node-id-length>\n")).isEmpty();
        assertThat(problems("<node-id-length>15</node-id-length>\n")).singleElement().asString()
                .contains("node-id-length: 15 is outside 16..20");
        assertThat(problems("<node-id-length>21</node-id-length>\n")).hasSize(1);
    }

    @Test
    void the_reliability_timer_is_at_least_200_ms() {
        assertThat(problems("<overlay-reliability-timer>200</overlay-reliability-timer>\n")).isEmpty();
        assertThat(problems("<overlay-reliability-timer>199</overlay-reliability-timer>\n")).singleElement()
                .asString().contains("below the minimum of 200 ms");
    }

    @Test
    void a_shared_secret_is_not_empty() {
        assertThat(problems("<shared-secret>correct horse battery staple</shared-secret>\n")).isEmpty();
        assertThat(problems("<shared-secret>   </shared-secret>\n")).singleElement().asString()
                .contains("shared-secret: the shared secret is empty");
    }

    @Test
    void the_initial_ttl_fits_the_ttl_field() {
        assertThat(problems("<initial-ttl>0</initial-ttl>\n")).singleElement().asString().contains("1..255");
        assertThat(problems("<initial-ttl>256</initial-ttl>\n")).hasSize(1);
    }

    @Test
    void the_sequence_is_0_to_65534() {
        byte[] doc = emptyConfigurationWith("sequence=\"7\"", "sequence=\"65535\"");

        assertThat(new ConfigurationValidator(ValidationContext.defaults()).validate(doc))
                .anySatisfy(p -> assertThat(p.toString()).contains("@sequence: 65535 is outside 0..65534"));
    }

    @Test
    void enrollment_servers_are_https_urls() {
        assertThat(problems("<enrollment-server>https://enroll.example.org/</enrollment-server>\n")).isEmpty();
        assertThat(problems("<enrollment-server>http://enroll.example.org/</enrollment-server>\n")).singleElement()
                .asString().contains("enrollment-server[1]: \"http://enroll.example.org/\" is not an https: URL");
    }

    @Test
    void bootstrap_addresses_are_ip_literals_never_names() {
        assertThat(problems("<bootstrap-node address=\"2001:db8::1\"/><bootstrap-node address=\"192.0.2.1\" port=\"1\"/>"
                + "<bootstrap-node address=\"::ffff:192.0.2.1\"/>\n")).isEmpty();
        assertThat(problems("<bootstrap-node address=\"boot.example.org\"/>\n")).singleElement().asString()
                .contains("bootstrap-node[1]: address \"boot.example.org\" is not an IPv4 or IPv6 address");
        assertThat(problems("<bootstrap-node address=\"192.0.2.256\"/><bootstrap-node address=\"1::2::3\"/>\n"))
                .hasSize(2);
        assertThat(problems("<bootstrap-node address=\"192.0.2.1\" port=\"70000\"/>\n")).singleElement().asString()
                .contains("port 70000");
    }

    @Test
    void signers_are_node_ids_of_the_overlay_length() {
        assertThat(problems("<configuration-signer>" + "0a".repeat(16) + "</configuration-signer>\n")).isEmpty();
        assertThat(problems("<kind-signer>xyz</kind-signer>\n")).singleElement().asString()
                .contains("kind-signer xyz is not a Node-ID of 16 bytes");
    }

    @Test
    void a_self_signed_digest_is_sha1_or_sha256() {
        assertThat(problems("<self-signed-permitted digest=\"sha256\">true</self-signed-permitted>\n")).isEmpty();
        assertThat(problems("<self-signed-permitted digest=\"md5\">true</self-signed-permitted>\n")).singleElement()
                .asString().contains("digest \"md5\" is neither sha1 nor sha256");
    }

    @Test
    void an_unsupported_topology_or_link_protocol_means_must_not_join() {
        assertThat(problems("<topology-plugin>KADEMLIA</topology-plugin>\n")).singleElement().asString()
                .contains("must not join: topology plug-in KADEMLIA is not supported");
        assertThat(problems("<overlay-link-protocol>QUIC</overlay-link-protocol>\n")).singleElement().asString()
                .contains("must not join: none of [QUIC] is supported");
        assertThat(problems("<overlay-link-protocol>QUIC</overlay-link-protocol>"
                + "<overlay-link-protocol>TLS</overlay-link-protocol>\n")).isEmpty();
    }

    @Test
    void extensions_are_ignored_unless_mandatory() {
        String extension = "<x:thing xmlns:x=\"urn:example:x\">1</x:thing>\n";

        assertThat(problems(extension)).isEmpty();
        assertThat(problems(extension + "<mandatory-extension>urn:example:x</mandatory-extension>\n"))
                .singleElement().asString()
                .isEqualTo("error [support] overlay.example.org/mandatory-extension[1]: must not join: mandatory"
                        + " extension urn:example:x is not supported (RFC 6940, 11.1)");
        assertThat(problems("<mandatory-extension>" + ConfigNamespaces.CHORD + "</mandatory-extension>\n")).isEmpty();
    }

    @Test
    void the_grammar_reports_values_of_the_wrong_type_once() {
        assertThat(problems("<max-message-size>many</max-message-size>\n")).singleElement().asString()
                .startsWith("error [grammar] line 5:");
    }

    @Test
    void a_non_utc_expiration_is_a_warning() {
        byte[] doc = emptyConfigurationWith("sequence=\"7\"", "sequence=\"7\" expiration=\"2099-01-01T00:00:00+02:00\"");

        assertThat(new ConfigurationValidator(ValidationContext.defaults()).validate(doc))
                .filteredOn(p -> p.category() == Problem.Category.VALUE).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING))
                .extracting(Problem::message).asString().contains("read as 2098-12-31T22:00:00Z");
    }

    @Test
    void two_configurations_for_one_overlay_are_refused() {
        byte[] doc = emptyConfigurationWith("</overlay>", "<configuration instance-name=\"overlay.example.org\"/></overlay>");

        assertThat(new ConfigurationValidator(ValidationContext.defaults()).validate(doc))
                .anySatisfy(p -> assertThat(p.message()).contains("a second configuration for the same overlay"));
    }
}

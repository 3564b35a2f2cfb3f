package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example document of RFC 6940, 11.1 is refused for exactly its real problems: it expired in
 * 2002, its signatures are placeholders ("This is not right!"), its second root-cert is the text
 * "bad cert", it requires an extension ReloadJ does not have; besides, its first root-cert expired
 * in 2013 and its signer and bad-node values have 8 bytes where Node-IDs of this overlay have 16.
 */
class RfcExampleCheckTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static List<Problem> check(ValidationContext context) {
        return new ConfigurationValidator(context).validate(TestDocuments.rfcExample());
    }

    @Test
    void reports_exactly_the_real_problems_of_the_rfc_example() {
        List<Problem> problems = check(ValidationContext.defaults().withClock(CLOCK));

        assertThat(problems).allMatch(Problem::isError).extracting(Problem::toString).containsExactly(
                "error [value] overlay.example.org: configuration-signer 47112162e84c69ba, kind-signer 47112162e84c69ba,"
                        + " kind-signer 6eba45d31a900c06, bad-node 6ebc45d31a900c06, bad-node 6ebc45d31a900ca6 are not"
                        + " Node-IDs of 16 bytes in hexadecimal (RFC 6940, 11.1)",
                "error [certificate] overlay.example.org/root-cert[1]: certificate OU=Sipit Test Certificate Authority,"
                        + "O=sipit,L=San Jose,ST=California,C=US is valid from 2003-07-18T12:21:52Z to"
                        + " 2013-07-15T12:21:52Z, not now (2026-01-01T00:00:00Z)",
                "error [certificate] overlay.example.org/root-cert[2]: not an X.509 certificate (RFC 6940, 11.1):"
                        + " its 9 bytes do not decode as one DER certificate",
                "error [support] overlay.example.org/mandatory-extension[1]: must not join: mandatory extension"
                        + " urn:ietf:params:xml:ns:p2p:config-ext1 is not supported (RFC 6940, 11.1)",
                "error [expiry] overlay.example.org/@expiration: expired at 2002-10-10T07:00:00Z (RFC 6940, 11.1)",
                "error [signature] overlay.example.org/signature[1]: does not verify: not a SecurityBlock"
                        + " (RFC 6940, 6.3.4): certificates claims 21608 bytes but only 17 remain",
                "error [signature] overlay.example.org/kind[SIP-REGISTRATION]/kind-signature: does not verify:"
                        + " not a SecurityBlock (RFC 6940, 6.3.4): certificates claims 21608 bytes but only 17 remain",
                "error [signature] overlay.example.org/kind[2000]/kind-signature: does not verify: not a SecurityBlock"
                        + " (RFC 6940, 6.3.4): certificates claims 21608 bytes but only 17 remain",
                "error [signature] other.example.net/signature[1]: does not verify: not a SecurityBlock"
                        + " (RFC 6940, 6.3.4): certificates claims 21608 bytes but only 17 remain");
    }

    @Test
    void passes_the_grammar_once_the_reliability_timer_the_grammar_forgot_is_added() {
        assertThat(check(ValidationContext.defaults())).noneMatch(p -> p.category() == Problem.Category.GRAMMAR);
    }

    @Test
    void fails_the_rfc_grammar_as_printed_only_at_its_overlay_reliability_timer() {
        List<Problem> grammar = check(ValidationContext.defaults().withGrammar(Grammar.RFC_6940)).stream()
                .filter(p -> p.category() == Problem.Category.GRAMMAR).toList();

        assertThat(grammar).singleElement().extracting(Problem::message).asString()
                .contains("\"overlay-reliability-timer\" not allowed here");
    }

    @Test
    void a_node_supporting_the_extension_may_join_as_far_as_extensions_go() {
        List<Problem> problems = check(ValidationContext.defaults()
                .withSupportedExtension("urn:ietf:params:xml:ns:p2p:config-ext1"));

        assertThat(problems).noneMatch(p -> p.category() == Problem.Category.SUPPORT);
    }
}

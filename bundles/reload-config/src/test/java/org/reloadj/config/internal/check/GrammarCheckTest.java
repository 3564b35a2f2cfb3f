package org.reloadj.config.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Opaque;
import org.reloadj.config.Grammar;
import org.reloadj.config.Problem;

/** Jing with the grammar of RFC 6940, 11.1.1. */
class GrammarCheckTest {

    private static Opaque rfcExample() throws IOException {
        try (InputStream in = GrammarCheckTest.class.getResourceAsStream("/org/reloadj/config/rfc6940-example.xml")) {
            return Opaque.of(in.readAllBytes());
        }
    }

    @Test
    void the_rfc_grammar_refuses_the_rfc_example_only_for_its_overlay_reliability_timer() throws IOException {
        List<Problem> problems = GrammarCheck.check(rfcExample(), Grammar.RFC_6940);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.category()).isEqualTo(Problem.Category.GRAMMAR);
            assertThat(p.where()).startsWith("line 46:");
            assertThat(p.message()).contains("element \"overlay-reliability-timer\" not allowed here");
        });
    }

    @Test
    void the_grammar_with_the_timer_accepts_the_rfc_example() throws IOException {
        assertThat(GrammarCheck.check(rfcExample(), Grammar.RFC_6940_WITH_RELIABILITY_TIMER)).isEmpty();
    }

    @Test
    void reports_every_grammar_error_not_only_the_first() {
        String doc = "<overlay xmlns=\"urn:ietf:params:xml:ns:p2p:config-base\">"
                + "<configuration instance-name=\"o.example\"><node-id-length>sixteen</node-id-length>"
                + "<no-ice>maybe</no-ice><unknown/></configuration></overlay>";

        List<Problem> problems = GrammarCheck.check(Opaque.utf8(doc), Grammar.RFC_6940_WITH_RELIABILITY_TIMER);

        assertThat(problems).hasSizeGreaterThanOrEqualTo(3);
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.contains("unknown"));
    }

    @Test
    void refuses_a_configuration_without_instance_name() {
        String doc = "<overlay xmlns=\"urn:ietf:params:xml:ns:p2p:config-base\"><configuration/></overlay>";

        assertThat(GrammarCheck.check(Opaque.of(doc.getBytes(StandardCharsets.UTF_8)),
                Grammar.RFC_6940)).extracting(Problem::message).anyMatch(m -> m.contains("instance-name"));
    }
}

package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;

/** The rules on required-kinds (RFC 6940, 11.1, 7.2, 7.3, 14.6). */
class KindRulesTest {

    private static List<String> problems(ValidationContext context, String kind) {
        String block = "<required-kinds><kind-block>" + kind + "</kind-block></required-kinds>\n";
        return new ConfigurationValidator(context).validate(TestDocuments.wrap(block)).stream()
                .filter(p -> p.category() != Problem.Category.SIGNATURE).map(Problem::toString).toList();
    }

    private static List<String> problems(String kind) {
        return problems(ValidationContext.defaults(), kind);
    }

    private static String kind(String attributes, String model, String access, String more) {
        return "<kind " + attributes + "><data-model>" + model + "</data-model><access-control>" + access
                + "</access-control><max-count>1</max-count><max-size>10</max-size>" + more + "</kind>";
    }

    @Test
    void a_private_kind_and_a_registered_kind_pass() {
        assertThat(problems(kind("id=\"4026531841\"", "ARRAY", "USER-MATCH", ""))).isEmpty();
        assertThat(problems(kind("name=\"CERTIFICATE_BY_USER\"", "ARRAY", "USER-MATCH", ""))).isEmpty();
    }

    @Test
    void node_multiple_needs_a_positive_max_node_multiple() {
        assertThat(problems(kind("id=\"4026531841\"", "ARRAY", "NODE-MULTIPLE", ""))).singleElement().asString()
                .contains("kind[4026531841]: NODE-MULTIPLE needs a max-node-multiple element");
        assertThat(problems(kind("id=\"4026531841\"", "ARRAY", "NODE-MULTIPLE",
                "<max-node-multiple>0</max-node-multiple>"))).singleElement().asString()
                .contains("max-node-multiple 0 is not greater than 0");
        assertThat(problems(kind("id=\"4026531841\"", "ARRAY", "NODE-MULTIPLE",
                "<max-node-multiple>3</max-node-multiple>"))).isEmpty();
    }

    @Test
    void an_unknown_kind_name_means_must_not_join_unless_this_node_knows_it() {
        String k = kind("name=\"REDIR\"", "DICTIONARY", "NODE-MATCH", "");

        assertThat(problems(k)).singleElement().asString()
                .contains("must not join: the kind name \"REDIR\" is neither registered nor known to this node");
        assertThat(problems(ValidationContext.defaults().withKindName("REDIR", new KindId(104)), k)).isEmpty();
    }

    @Test
    void a_kind_with_both_name_and_id_is_a_grammar_error() {
        assertThat(problems(kind("name=\"TURN-SERVICE\" id=\"2\"", "SINGLE", "NODE-MULTIPLE",
                "<max-node-multiple>20</max-node-multiple>"))).singleElement().asString()
                .startsWith("error [grammar]");
    }

    @Test
    void reserved_kind_ids_name_no_kind() {
        assertThat(problems(kind("id=\"0\"", "SINGLE", "USER-MATCH", ""))).singleElement().asString()
                .contains("Kind-ID 0x0 is reserved");
    }

    @Test
    void unsupported_data_models_and_policies_mean_must_not_join() {
        assertThat(problems(kind("id=\"4026531841\"", "QUEUE", "ANYONE", ""))).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("must not join"));
    }

    @Test
    void a_registered_kind_with_other_policies_gets_a_warning() {
        assertThat(problems(kind("name=\"CERTIFICATE_BY_NODE\"", "SINGLE", "USER-MATCH", "")))
                .containsExactly("warning [value] overlay.example.org/kind[CERTIFICATE_BY_NODE]: data-model SINGLE"
                                + " differs from the registered ARRAY, which nodes use (RFC 6940, 11.1)",
                        "warning [value] overlay.example.org/kind[CERTIFICATE_BY_NODE]: access-control USER-MATCH"
                                + " differs from the registered NODE-MATCH, which nodes use (RFC 6940, 11.1)");
    }

    @Test
    void a_registered_kind_keeps_its_registration_whatever_the_document_says() {
        assertThat(problems(kind("name=\"CERTIFICATE_BY_USER\"", "QUEUE", "USER-MATCH", ""))).singleElement()
                .asString().startsWith("warning [value]").contains("data-model QUEUE differs from the registered ARRAY");
    }

    @Test
    void a_kind_defined_twice_is_refused() {
        String k = kind("id=\"4026531841\"", "ARRAY", "USER-MATCH", "");
        String both = k + "</kind-block><kind-block>" + k;

        assertThat(problems(both)).singleElement().asString().contains("is defined twice");
    }
}

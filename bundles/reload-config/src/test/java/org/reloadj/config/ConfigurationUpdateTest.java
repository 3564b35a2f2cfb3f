package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new configuration must be signed by a configuration-signer of the configuration in force and
 * carry a newer sequence number (RFC 6940, 11.1, 6.3.2.1, 6.5.4.2); the operator's trust anchors
 * replace the document's own.
 */
class ConfigurationUpdateTest {
    private static TestSigners alice;
    private static TestSigners bob;
    private static OverlayConfigurations current;

    @BeforeAll
    static void setUp() throws Exception {
        alice = TestSigners.create();
        bob = TestSigners.create();
        current = parse(new ConfigurationSigner(alice.credentials())
                .writeSigned(OverlayConfigurations.of(List.of(alice.configuration().addRootCertificate(bob.rootDer())
                        .build()))));
    }

    private static OverlayConfigurations parse(byte[] doc) throws ConfigurationException {
        return new ConfigurationParser().parse(doc);
    }

    private static byte[] next(TestSigners signedBy, long sequence) throws Exception {
        OverlayConfiguration c = current.configurations().get(0).configuration().toBuilder().sequence(sequence)
                .build();
        OverlayConfiguration handedOver = OverlayConfiguration.builder(c.instanceName()).sequence(sequence)
                .expiration(c.expiration().orElseThrow()).addRootCertificate(alice.rootDer())
                .addRootCertificate(bob.rootDer()).addConfigurationSigner(bob.nodeIdHex())
                .addKindSigner(bob.nodeIdHex()).build();
        return new ConfigurationSigner(signedBy.credentials()).writeSigned(OverlayConfigurations.of(List.of(handedOver)));
    }

    private static List<Problem> validateUpdate(byte[] doc) {
        return new ConfigurationValidator(ValidationContext.defaults().withPrevious(current)).validate(doc);
    }

    @Test
    void the_signer_of_the_configuration_in_force_may_hand_over_to_another() throws Exception {
        assertThat(validateUpdate(next(alice, 2))).isEmpty();
    }

    @Test
    void a_signer_listed_only_in_the_new_configuration_may_not_sign_it() throws Exception {
        assertThat(validateUpdate(next(bob, 2))).singleElement().extracting(Problem::message).asString()
                .contains("which is not a configuration-signer");
    }

    @Test
    void without_the_configuration_in_force_a_first_configuration_is_checked_against_itself() throws Exception {
        assertThat(new ConfigurationValidator(ValidationContext.defaults()).validate(next(bob, 2))).isEmpty();
    }

    @Test
    void an_older_or_equal_sequence_is_refused_when_the_configuration_changed() throws Exception {
        assertThat(validateUpdate(next(alice, 1))).singleElement().extracting(Problem::toString).asString()
                .contains("[sequence]").contains("sequence 1 is not newer than the current 1 although the"
                        + " configuration changed");
        assertThat(validateUpdate(next(alice, 0))).singleElement().extracting(Problem::message).asString()
                .contains("sequence 0 is not newer than the current 1");
    }

    @Test
    void the_same_configuration_again_is_no_problem() {
        assertThat(validateUpdate(current.source().toByteArray())).isEmpty();
    }

    @Test
    void the_operators_trust_anchors_replace_the_documents_roots() throws Exception {
        ValidationContext onlyBob = ValidationContext.defaults().withTrustAnchors(List.of(bob.rootDer()));

        List<Problem> problems = new ConfigurationValidator(onlyBob).validate(current.source().toByteArray());

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.category()).isEqualTo(Problem.Category.SIGNATURE);
            assertThat(p.message()).contains("UNTRUSTED_CERTIFICATE");
        });
    }

    @Test
    void a_signer_listed_as_bad_node_is_refused() throws Exception {
        OverlayConfiguration revoked = alice.configuration().addBadNode(alice.nodeIdHex()).build();
        byte[] doc = new ConfigurationSigner(alice.credentials()).writeSigned(OverlayConfigurations.of(List.of(revoked)));

        assertThat(new ConfigurationValidator(ValidationContext.defaults()).validate(doc))
                .extracting(Problem::message).allSatisfy(m -> assertThat(m).contains("a bad-node"));
    }
}

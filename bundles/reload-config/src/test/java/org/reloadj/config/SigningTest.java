package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.config.internal.check.GrammarCheck;

/** Signing a document in place and verifying it (RFC 6940, 11.1, 6.3.4). */
class SigningTest {
    private static TestSigners signers;
    private static ConfigurationSigner signer;

    @BeforeAll
    static void credentials() throws Exception {
        signers = TestSigners.create();
        signer = new ConfigurationSigner(signers.credentials());
    }

    private static OverlayConfigurations document() {
        OverlayConfiguration c = signers.configuration()
                .addBootstrapNode(BootstrapNode.of("192.0.2.2"))
                .addKind(KindBlock.withId(new KindId(0xF000_0010L), DataModel.ARRAY, AccessControlPolicy.NODE_MULTIPLE,
                        10, 1000).withMaxNodeMultiple(4))
                .addKind(KindBlock.named("TURN-SERVICE", DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MULTIPLE,
                        1, 200).withMaxNodeMultiple(20))
                .build();
        return OverlayConfigurations.of(List.of(c));
    }

    /** The document signed by ReloadJ, then in its text each {@code from} replaced by the {@code to} after it. */
    private static byte[] signedThenChanged(String... fromTo) throws ConfigurationException {
        String text = new String(signer.writeSigned(document()), StandardCharsets.UTF_8);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(text).contains(fromTo[i]);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Problem> validate(byte[] doc) {
        return new ConfigurationValidator(ValidationContext.defaults()).validate(doc);
    }

    @Test
    void a_document_signed_by_reloadj_verifies() throws Exception {
        byte[] signed = signer.writeSigned(document());

        assertThat(validate(signed)).isEmpty();
    }

    @Test
    void a_document_written_and_signed_by_reloadj_validates_against_the_rfc_grammar() throws Exception {
        byte[] signed = signer.writeSigned(document());

        assertThat(GrammarCheck.check(org.reloadj.api.Opaque.of(signed), Grammar.RFC_6940)).isEmpty();
    }

    @Test
    void signing_keeps_every_byte_of_the_unsigned_configuration_element() throws Exception {
        byte[] written = ConfigurationWriter.write(document());
        byte[] signed = signer.signDocument(written, false);

        String before = new ConfigurationParser().parse(written).configurations().get(0).element().toUtf8();
        String after = new ConfigurationParser().parse(signed).configurations().get(0).element().toUtf8();
        assertThat(after).isEqualTo(before);
        assertThat(new String(signed, StandardCharsets.UTF_8)).contains("</configuration>\n  <signature>");
    }

    @Test
    void signing_again_replaces_the_signatures() throws Exception {
        byte[] once = signer.writeSigned(document());
        byte[] twice = signer.signDocument(once, true);

        OverlayConfigurations doc = new ConfigurationParser().parse(twice);
        assertThat(doc.configurations().get(0).signatures()).hasSize(1);
        assertThat(doc.configurations().get(0).configuration().kinds())
                .allSatisfy(k -> assertThat(k.signature()).isPresent());
        assertThat(validate(twice)).isEmpty();
    }

    @Test
    void changing_one_byte_inside_the_configuration_element_breaks_its_signature() throws Exception {
        byte[] tampered = signedThenChanged("<bootstrap-node address=\"192.0.2.2\"", "<bootstrap-node address=\"192.0.2.3\"");

        assertThat(validate(tampered)).singleElement().satisfies(p -> {
            assertThat(p.category()).isEqualTo(Problem.Category.SIGNATURE);
            assertThat(p.where()).isEqualTo("overlay.example.org/signature[1]");
            assertThat(p.message()).contains("BAD_SIGNATURE");
        });
    }

    @Test
    void changing_white_space_inside_the_configuration_element_breaks_its_signature() throws Exception {
        byte[] tampered = signedThenChanged("<bootstrap-node address", "<bootstrap-node  address");

        assertThat(validate(tampered)).extracting(Problem::category).containsExactly(Problem.Category.SIGNATURE);
    }

    @Test
    void changing_a_kind_breaks_its_kind_signature_and_the_configuration_signature() throws Exception {
        byte[] tampered = signedThenChanged("<max-size>1000</max-size>", "<max-size>9000</max-size>");

        assertThat(validate(tampered)).extracting(Problem::where).containsExactly(
                "overlay.example.org/signature[1]", "overlay.example.org/kind[4026531856]/kind-signature");
    }

    @Test
    void white_space_outside_the_configuration_element_does_not_matter() throws Exception {
        byte[] moved = signedThenChanged("<overlay ", "<overlay  ", "</overlay>", "\n\n</overlay>");

        assertThat(validate(moved)).isEmpty();
    }

    @Test
    void a_signer_not_listed_as_configuration_signer_is_refused() throws Exception {
        OverlayConfigurations doc = OverlayConfigurations.of(List.of(OverlayConfiguration.builder(TestSigners.OVERLAY)
                .sequence(1).addRootCertificate(signers.rootDer())
                .addConfigurationSigner("00112233445566778899aabbccddeeff").build()));

        List<Problem> problems = validate(signer.writeSigned(doc));

        assertThat(problems).singleElement().extracting(Problem::message).asString()
                .contains("which is not a configuration-signer");
    }
}

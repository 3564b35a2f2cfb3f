package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;

/** Writing a document and reading it again gives the same configurations (RFC 6940, 11.1). */
class RoundTripTest {

    private static OverlayConfigurations roundTrip(OverlayConfigurations doc) throws ConfigurationException {
        return new ConfigurationParser().parse(ConfigurationWriter.write(doc));
    }

    @Test
    void the_rfc_example_written_and_read_again_has_the_same_configurations() throws Exception {
        OverlayConfigurations rfc = new ConfigurationParser().parse(TestDocuments.rfcExample());

        OverlayConfigurations again = roundTrip(rfc);

        assertThat(again.contents()).isEqualTo(rfc.contents());
        assertThat(again.configurations()).extracting(SignedConfiguration::signatures)
                .isEqualTo(rfc.configurations().stream().map(SignedConfiguration::signatures).toList());
    }

    @Test
    void every_value_differing_from_its_default_survives() throws Exception {
        OverlayConfiguration c = OverlayConfiguration.builder("o.example.com").sequence(65534)
                .expiration(Instant.parse("2030-01-02T03:04:05.250Z")).topologyPlugin("OTHER-DHT").nodeIdLength(20)
                .addRootCertificate(Opaque.of(new byte[300])).addEnrollmentServer("https://enroll.example.com/x?a=1&b=2")
                .selfSignedPermitted(new SelfSignedPermitted(true, "sha256"))
                .addBootstrapNode(new BootstrapNode("2001:db8::7", 7000)).addBootstrapNode(BootstrapNode.of("192.0.2.9"))
                .turnDensity(0).clientsPermitted(false).noIce(true).sharedSecret("s<e>c&r\"e't")
                .maxMessageSize(4_000_000_000L).initialTtl(255).overlayReliabilityTimer(250)
                .addOverlayLinkProtocol("DTLS-UDP-SR").addOverlayLinkProtocol("TLS-TCP-FH-NO-ICE")
                .chord(new ChordParameters(60, 120, false))
                .addConfigurationSigner("00".repeat(20)).addKindSigner("ab".repeat(20)).addBadNode("cd".repeat(20))
                .addMandatoryExtension("urn:example:ext")
                .addExtensionAttribute(new ExtensionAttribute("x", "urn:example:ext", "flag", "on & off"))
                .addExtension(new ExtensionElement("urn:example:ext", "thing",
                        "<e:thing xmlns:e=\"urn:example:ext\" e:a=\"1\"><e:inner>text &amp; more</e:inner></e:thing>"))
                .addKind(KindBlock.withId(new KindId(0xF000_0001L), DataModel.DICTIONARY, AccessControlPolicy.USER_MATCH,
                        5, 6).withSignature(java.util.Optional.of(DocumentSignature.of(Opaque.of(new byte[] {1, 2, 3})))))
                .addKind(KindBlock.named("TURN-SERVICE", DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MULTIPLE, 1, 2)
                        .withMaxNodeMultiple(20))
                .build();
        OverlayConfigurations doc = OverlayConfigurations.of(List.of(c, OverlayConfiguration.builder("b.example").build()));

        assertThat(roundTrip(doc).contents()).isEqualTo(doc.contents());
    }

    @Test
    void a_default_configuration_is_written_as_an_empty_element() {
        String xml = new String(ConfigurationWriter.write(OverlayConfigurations.of(
                List.of(OverlayConfiguration.builder("overlay.example.org").build()))), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<overlay xmlns=\"urn:ietf:params:xml:ns:p2p:config-base\""
                + " xmlns:chord=\"urn:ietf:params:xml:ns:p2p:config-chord\">\n"
                + "  <configuration instance-name=\"overlay.example.org\">\n"
                + "  </configuration>\n"
                + "</overlay>\n");
    }
}

package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reloadj.api.KindId;

/** The example document of RFC 6940, 11.1 reads into the values it prints. */
class RfcExampleParseTest {
    private static OverlayConfigurations doc;
    private static OverlayConfiguration first;
    private static OverlayConfiguration second;

    @BeforeAll
    static void parse() throws Exception {
        doc = new ConfigurationParser().parse(TestDocuments.rfcExample());
        first = doc.configurations().get(0).configuration();
        second = doc.configurations().get(1).configuration();
    }

    @Test
    void has_two_configurations_each_with_its_signature() {
        assertThat(doc.configurations()).extracting(SignedConfiguration::instanceName)
                .containsExactly("overlay.example.org", "other.example.net");
        assertThat(doc.configurations()).allSatisfy(c -> assertThat(c.signatures()).hasSize(1));
        assertThat(doc.configurations().get(0).signatures().get(0).value().toUtf8()).isEqualTo("This is not right!\n");
        assertThat(doc.notes()).isEmpty();
    }

    @Test
    void reads_the_attributes_of_the_first_configuration() {
        assertThat(first.sequence()).hasValue(22);
        assertThat(first.expiration()).contains(Instant.parse("2002-10-10T07:00:00Z"));
        assertThat(first.extensionAttributes()).containsExactly(
                new ExtensionAttribute("ext", "urn:ietf:params:xml:ns:p2p:config-ext1", "ext-example", "stuff"));
    }

    @Test
    void reads_the_overlay_parameters() {
        assertThat(first.topologyPlugin()).isEqualTo("CHORD-RELOAD");
        assertThat(first.nodeIdLength()).isEqualTo(16);
        assertThat(first.rootCertificates()).hasSize(2);
        assertThat(first.rootCertificates().get(1).toUtf8()).isEqualTo("bad cert\n");
        assertThat(first.enrollmentServers()).containsExactly("https://example.org", "https://example.net");
        assertThat(first.selfSignedPermitted()).contains(new SelfSignedPermitted(false, "sha1"));
        assertThat(first.bootstrapNodes()).containsExactly(new BootstrapNode("192.0.0.1", 6084),
                new BootstrapNode("192.0.2.2", 6084), new BootstrapNode("2001:DB8::1", 6084));
        assertThat(first.turnDensity()).isEqualTo(20);
        assertThat(first.clientsPermitted()).isFalse();
        assertThat(first.noIce()).isFalse();
        assertThat(first.sharedSecret()).contains("password");
        assertThat(first.maxMessageSize()).isEqualTo(4000);
        assertThat(first.initialTtl()).isEqualTo(30);
        assertThat(first.overlayReliabilityTimer()).isEqualTo(3000);
        assertThat(first.overlayLinkProtocols()).containsExactly("TLS");
    }

    @Test
    void reads_the_chord_parameters() {
        assertThat(first.chord()).isEqualTo(new ChordParameters(400, 30, true));
    }

    @Test
    void reads_signers_bad_nodes_and_mandatory_extensions() {
        assertThat(first.configurationSigners()).containsExactly("47112162e84c69ba");
        assertThat(first.kindSigners()).containsExactly("47112162e84c69ba", "6eba45d31a900c06");
        assertThat(first.badNodes()).containsExactly("6ebc45d31a900c06", "6ebc45d31a900ca6");
        assertThat(first.mandatoryExtensions()).containsExactly("urn:ietf:params:xml:ns:p2p:config-ext1");
    }

    @Test
    void keeps_the_extension_elements_as_self_contained_xml() {
        assertThat(first.extensions()).containsExactly(new ExtensionElement("urn:ietf:params:xml:ns:p2p:config-ext1",
                "example-extension",
                "<ext:example-extension xmlns:ext=\"urn:ietf:params:xml:ns:p2p:config-ext1\"> foo </ext:example-extension>"));
        assertThat(first.kinds().get(1).extensions()).singleElement()
                .extracting(ExtensionElement::localName).isEqualTo("example-kind-extension");
    }

    @Test
    void reads_the_kind_named_sip_registration() {
        KindBlock sip = first.kinds().get(0);
        assertThat(sip.name()).contains("SIP-REGISTRATION");
        assertThat(sip.id()).isEmpty();
        assertThat(sip.dataModel()).isEqualTo("SINGLE");
        assertThat(sip.accessControl()).isEqualTo("USER-MATCH");
        assertThat(sip.maxCount()).isEqualTo(1);
        assertThat(sip.maxSize()).isEqualTo(100);
        assertThat(sip.maxNodeMultiple()).isEmpty();
        assertThat(sip.signature()).isPresent();
    }

    @Test
    void reads_the_kind_with_id_2000() {
        KindBlock k = first.kinds().get(1);
        assertThat(k.name()).isEmpty();
        assertThat(k.id()).contains(new KindId(2000));
        assertThat(k.dataModel()).isEqualTo("ARRAY");
        assertThat(k.accessControl()).isEqualTo("NODE-MULTIPLE");
        assertThat(k.maxNodeMultiple()).isEqualTo(OptionalInt.of(3));
        assertThat(k.maxCount()).isEqualTo(22);
        assertThat(k.maxSize()).isEqualTo(4);
    }

    @Test
    void gives_the_second_configuration_the_rfc_defaults() {
        assertThat(second).isEqualTo(OverlayConfiguration.builder("other.example.net").build());
        assertThat(second.sequence()).isEmpty();
        assertThat(second.expiration()).isEmpty();
        assertThat(second.topologyPlugin()).isEqualTo("CHORD-RELOAD");
        assertThat(second.nodeIdLength()).isEqualTo(16);
        assertThat(second.maxMessageSize()).isEqualTo(5000);
        assertThat(second.initialTtl()).isEqualTo(100);
        assertThat(second.overlayReliabilityTimer()).isEqualTo(3000);
        assertThat(second.turnDensity()).isEqualTo(1);
        assertThat(second.clientsPermitted()).isTrue();
        assertThat(second.noIce()).isFalse();
        assertThat(second.chord().reactive()).isTrue();
        assertThat(second.overlayLinkProtocols()).containsExactly("TLS");
        assertThat(second.selfSignedCertificatesPermitted()).isFalse();
    }

    @Test
    void keeps_the_exact_bytes_of_each_configuration_and_kind_element() {
        String text = new String(TestDocuments.rfcExample(), StandardCharsets.UTF_8);
        SignedConfiguration c = doc.configurations().get(0);
        String element = c.element().toUtf8();
        assertThat(element).startsWith("<configuration instance-name=\"overlay.example.org\"")
                .endsWith("</required-kinds>\n   </configuration>");
        assertThat(text).contains(element);
        assertThat(text.indexOf(element)).isEqualTo(text.indexOf("<configuration"));
        List<String> kinds = c.kindElements().stream().map(k -> k.toUtf8()).toList();
        assertThat(kinds.get(0)).startsWith("<kind name=\"SIP-REGISTRATION\">").endsWith("</kind>");
        assertThat(kinds.get(1)).startsWith("<kind id=\"2000\">").endsWith("</kind>")
                .contains("<ext:example-kind-extension>");
        assertThat(doc.configurations().get(1).element().toUtf8())
                .isEqualTo("<configuration instance-name=\"other.example.net\">\n   </configuration>");
    }
}

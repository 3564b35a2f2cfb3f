package org.reloadj.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.issue.OverlayCa;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class MinimalConfigurationTest {
    private static final String BASE = "urn:ietf:params:xml:ns:p2p:config-base";
    private static final String CHORD = "urn:ietf:params:xml:ns:p2p:config-chord";
    private final X509Certificate root = OverlayCa.create("overlay.example.org", KeyAlgorithm.ECDSA_P256,
            Clock.systemUTC(), Duration.ofDays(30)).rootCertificate();
    private final byte[] document = MinimalConfiguration.generate("overlay.example.org", 16, List.of(root),
            URI.create("https://overlay.example.org:8443/enroll"));

    @Test
    void names_the_overlay_its_root_and_its_enrollment_server_in_the_elements_of_the_grammar() throws Exception {
        Element overlay = parse(document);
        assertThat(overlay.getNamespaceURI()).isEqualTo(BASE);
        assertThat(overlay.getLocalName()).isEqualTo("overlay");
        Element configuration = (Element) overlay.getElementsByTagNameNS(BASE, "configuration").item(0);
        assertThat(configuration.getAttribute("instance-name")).isEqualTo("overlay.example.org");
        assertThat(configuration.getAttribute("sequence")).isEqualTo("1");
        assertThat(configuration.getAttribute("expiration")).isEqualTo(root.getNotAfter().toInstant().toString());
        assertThat(children(configuration)).containsExactly(BASE + " topology-plugin", BASE + " node-id-length",
                BASE + " root-cert", BASE + " enrollment-server", BASE + " max-message-size", BASE + " initial-ttl",
                BASE + " overlay-link-protocol", BASE + " clients-permitted", BASE + " no-ice", BASE + " turn-density",
                CHORD + " chord-ping-interval", CHORD + " chord-reactive");
        assertThat(text(configuration, "topology-plugin")).isEqualTo("CHORD-RELOAD");
        assertThat(text(configuration, "node-id-length")).isEqualTo("16");
        assertThat(Base64.getDecoder().decode(text(configuration, "root-cert"))).isEqualTo(root.getEncoded());
        assertThat(text(configuration, "enrollment-server")).isEqualTo("https://overlay.example.org:8443/enroll");
    }

    @Test
    void passes_the_check_made_on_an_operators_file() throws IOException {
        assertThat(ConfigurationCheck.requireConfigurationOf("overlay.example.org", document)).isSameAs(document);
    }

    @Test
    void check_refuses_another_overlay_a_doctype_and_what_is_no_configuration() {
        assertThatThrownBy(() -> ConfigurationCheck.requireConfigurationOf("other.example.org", document))
                .isInstanceOf(IOException.class).hasMessageContaining("other.example.org");
        byte[] doctype = ("<?xml version=\"1.0\"?><!DOCTYPE overlay [<!ENTITY x \"y\">]>"
                + "<overlay xmlns=\"" + BASE + "\"><configuration instance-name=\"overlay.example.org\"/></overlay>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConfigurationCheck.requireConfigurationOf("overlay.example.org", doctype))
                .isInstanceOf(IOException.class);
        byte[] html = "<html/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConfigurationCheck.requireConfigurationOf("overlay.example.org", html))
                .isInstanceOf(IOException.class);
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static List<String> children(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getNamespaceURI() + " " + e.getLocalName());
            }
        }
        return names;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(BASE, name).item(0).getTextContent();
    }
}

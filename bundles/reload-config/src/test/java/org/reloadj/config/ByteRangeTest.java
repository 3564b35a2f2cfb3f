package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The bytes kept for a configuration or kind element are exactly those between its first
 * {@code <} and its last {@code >} (RFC 6940, 11.1), whatever characters and markup it holds.
 */
class ByteRangeTest {

    private static String elementOf(String document) throws ConfigurationException {
        return new ConfigurationParser().parse(document.getBytes(StandardCharsets.UTF_8)).configurations().get(0)
                .element().toUtf8();
    }

    private static String overlay(String inside) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- <configuration> in a comment -->\n"
                + "<overlay xmlns=\"urn:ietf:params:xml:ns:p2p:config-base\">" + inside + "</overlay>";
    }

    @Test
    void counts_bytes_not_characters_for_multibyte_text() throws Exception {
        String element = "<configuration instance-name=\"o.example\"><shared-secret>\u00e9\u4e2d\ud83d\ude00"
                + "</shared-secret></configuration>";
        String doc = overlay("<!-- \u00e9\u00e9\u00e9 -->" + element + "<signature>AAAA</signature>");

        assertThat(elementOf(doc)).isEqualTo(element);
    }

    @Test
    void is_not_misled_by_markup_characters_in_comments_cdata_and_attribute_values() throws Exception {
        String element = "<configuration instance-name=\"a>b\" x:y='--> />' xmlns:x=\"urn:x\">"
                + "<!-- </configuration> -->"
                + "<shared-secret><![CDATA[</configuration><kind>]]></shared-secret>"
                + "<?pi </configuration>?>"
                + "<x:e x:a=\"/>\"/>"
                + "</configuration  >";

        assertThat(elementOf(overlay(element))).isEqualTo(element);
    }

    @Test
    void keeps_an_empty_element_tag_whole() throws Exception {
        String element = "<configuration instance-name=\"o.example\"/>";

        assertThat(elementOf(overlay(element + "\n"))).isEqualTo(element);
    }

    @Test
    void keeps_the_kind_element_bytes() throws Exception {
        String kind = "<kind  id=\"4026531841\" >\n <data-model>ARRAY</data-model><access-control>USER-MATCH"
                + "</access-control><max-count>1</max-count><max-size>\u00e9</max-size></kind>";
        String doc = overlay("<configuration instance-name=\"o.example\"><required-kinds><kind-block>" + kind
                + "<kind-signature>AAAA</kind-signature></kind-block></required-kinds></configuration>");

        SignedConfiguration c = new ConfigurationParser().parse(doc.getBytes(StandardCharsets.UTF_8))
                .configurations().get(0);

        assertThat(c.kindElements()).singleElement().extracting(k -> k.toUtf8()).isEqualTo(kind);
    }

    @Test
    void attaches_each_signature_to_the_configuration_before_it() throws Exception {
        String doc = overlay("<configuration instance-name=\"a.example\"/><signature>AQ==</signature>"
                + "<signature>Ag==</signature><configuration instance-name=\"b.example\"/><signature>Aw==</signature>");

        OverlayConfigurations parsed = new ConfigurationParser().parse(doc.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.configurations().get(0).signatures()).extracting(s -> s.value().byteAt(0))
                .containsExactly((byte) 1, (byte) 2);
        assertThat(parsed.configurations().get(1).signatures()).extracting(s -> s.value().byteAt(0))
                .containsExactly((byte) 3);
    }
}

package org.reloadj.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents come from the network (RFC 6940, 11.2, 6.5.4): entities, DTDs and size are refused
 * before anything is expanded or fetched.
 */
@Timeout(10)
class HostileInputTest {
    private final ConfigurationParser parser = new ConfigurationParser();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refuses_an_external_entity_without_reading_the_file() {
        byte[] xxe = utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE overlay [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<overlay xmlns=\"urn:ietf:params:xml:ns:p2p:config-base\">"
                + "<configuration instance-name=\"&xxe;\"/></overlay>");

        assertThatThrownBy(() -> parser.parse(xxe)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("document type declarations").hasMessageNotContaining("root:");
    }

    @Test
    void refuses_billion_laughs_without_expanding_anything() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE overlay [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        byte[] bomb = utf8(dtd + "]><overlay xmlns=\"urn:ietf:params:xml:ns:p2p:config-base\">"
                + "<configuration instance-name=\"x\"><shared-secret>&lol9;</shared-secret></configuration></overlay>");

        long start = System.nanoTime();
        assertThatThrownBy(() -> parser.parse(bomb)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("document type declarations");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void refuses_an_undeclared_entity_reference() {
        byte[] doc = TestDocuments.wrap("<shared-secret>&xxe;</shared-secret>\n");

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("not well-formed XML");
    }

    @Test
    void the_validator_reports_a_refused_document_as_one_problem() {
        byte[] xxe = utf8("<!DOCTYPE overlay SYSTEM \"http://example.com/x.dtd\"><overlay/>");

        assertThat(new ConfigurationValidator(ValidationContext.defaults()).validate(xxe)).singleElement()
                .extracting(Problem::category).isEqualTo(Problem.Category.DOCUMENT);
    }

    @Test
    void refuses_a_document_larger_than_the_limit() {
        byte[] doc = TestDocuments.wrap("<!--" + "x".repeat(2000) + "-->\n");

        assertThatThrownBy(() -> new ConfigurationParser(1000, 64).parse(doc))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("larger than 1000 bytes");
    }

    @Test
    void reads_no_more_than_the_limit_from_a_stream() {
        byte[] doc = new byte[5_000_000];
        java.util.Arrays.fill(doc, (byte) ' ');
        ByteArrayInputStream in = new ByteArrayInputStream(doc);

        assertThatThrownBy(() -> parser.parse(in)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("larger than 1048576 bytes");
        assertThat(in.available()).isEqualTo(5_000_000 - ConfigurationParser.DEFAULT_MAX_BYTES - 1);
    }

    @Test
    void refuses_a_large_file_by_its_size(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.xml");
        Files.write(file, new byte[ConfigurationParser.DEFAULT_MAX_BYTES + 1]);

        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void refuses_elements_nested_too_deep() {
        byte[] doc = TestDocuments.wrap("<x:a xmlns:x=\"urn:x\">".repeat(100) + "</x:a>".repeat(100) + "\n");

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("nested deeper than 64");
    }

    @Test
    void refuses_utf16() {
        byte[] doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><overlay/>".getBytes(StandardCharsets.UTF_16);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refuses_a_declared_encoding_other_than_utf8() {
        byte[] doc = utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                + "<overlay xmlns=\"urn:ietf:params:xml:ns:p2p:config-base\"/>");

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void refuses_malformed_utf8() {
        byte[] doc = TestDocuments.wrap("<shared-secret>\u00e9</shared-secret>\n");
        byte[] broken = new String(doc, StandardCharsets.UTF_8).replace("\u00e9", "XX").getBytes(StandardCharsets.UTF_8);
        int at = new String(broken, StandardCharsets.UTF_8).indexOf("XX");
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;

        assertThatThrownBy(() -> parser.parse(broken)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("not well-formed XML");
    }

    @Test
    void refuses_another_root_element() {
        assertThatThrownBy(() -> parser.parse(utf8("<overlay/>"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not {urn:ietf:params:xml:ns:p2p:config-base}overlay");
    }

    @Test
    void refuses_truncated_documents_at_every_length() {
        byte[] doc = TestDocuments.rfcExample();
        for (int n = 0; n < doc.length - 12; n += 7) {
            byte[] cut = java.util.Arrays.copyOf(doc, n);
            assertThatThrownBy(() -> parser.parse(cut)).as("cut at %d", n).isInstanceOf(ConfigurationException.class);
        }
    }
}

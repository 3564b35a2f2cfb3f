package org.reloadj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.reloadj.config.ConfigurationParser;
import org.reloadj.config.ConfigurationValidator;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.config.Problem;
import org.reloadj.config.ValidationContext;

/**
 * The configuration bundle parses and validates inside Felix, with Jing (embedded in the bundle)
 * loading the RELAX NG grammar and its messages through the bundle's class loader.
 */
@RunWith(PaxExam.class)
public class ConfigBundleIT {
    private static final String DOCUMENT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<overlay xmlns=\"urn:ietf:params:xml:ns:p2p:config-base\">"
            + "<configuration instance-name=\"overlay.example.org\" sequence=\"3\">"
            + "<node-id-length>16</node-id-length><no-ice>maybe</no-ice>"
            + "</configuration></overlay>";

    @Configuration
    public Option[] config() {
        return options(FrameworkBundles.all());
    }

    @Test
    public void parses_a_document_and_reports_a_grammar_problem_from_jing() throws Exception {
        byte[] bytes = DOCUMENT.getBytes(StandardCharsets.UTF_8);
        OverlayConfigurations doc = new ConfigurationParser().parse(bytes);
        assertEquals("overlay.example.org", doc.configurations().get(0).instanceName());
        List<Problem> problems = new ConfigurationValidator(ValidationContext.defaults()).validate(bytes);
        assertTrue("the grammar rejects no-ice=maybe: " + problems,
                problems.stream().anyMatch(p -> p.toString().contains("no-ice")));
    }
}

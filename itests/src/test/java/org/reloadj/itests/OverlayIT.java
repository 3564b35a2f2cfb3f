package org.reloadj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.node.OverlayNode;

/**
 * Three nodes in one framework, each from a factory configuration, form an overlay over real TLS
 * links (RFC 6940, 6.6.5) with CHORD-RELOAD, store and fetch each other's values, and answer the
 * shell's commands.
 */
@RunWith(WithTlsLinks.class)
@ExamReactorStrategy(PerClass.class)
public class OverlayIT extends NodesTest {
    private static TestOverlay overlay;
    private static List<OverlayNode> nodes;

    @Inject
    private CommandProcessor shell;

    @Before
    public void startOverlayOnce() throws Exception {
        if (overlay == null) {
            overlay = new TestOverlay(3);
            nodes = overlay.startAll(context, admin);
        }
    }

    @Test
    public void three_configured_nodes_join_one_overlay_over_tls() {
        for (OverlayNode node : nodes) {
            assertTrue(node.status().toString(), node.status().joined());
            assertEquals("TLS-TCP-FH-NO-ICE", node.status().linkType());
            assertEquals(Optional.of("CHORD-RELOAD"), node.status().topology());
            assertTrue(node.status().toString(), node.status().connectedPeers() >= 1);
        }
    }

    @Test
    public void a_value_stored_through_one_node_is_fetched_through_the_others() throws Exception {
        Values.store(nodes.get(0).overlay(), TestOverlay.NOTE_ID, overlay.user(0), "stored by node 0");
        for (OverlayNode node : nodes) {
            assertEquals(Optional.of("stored by node 0"), Values.fetch(node.overlay(), TestOverlay.NOTE_ID, overlay.user(0)));
        }
    }

    @Test
    public void a_value_under_another_users_name_is_forbidden() throws Exception {
        assertEquals(ErrorCode.ERROR_FORBIDDEN, Values.failure(Values.storing(nodes.get(1).overlay(),
                TestOverlay.NOTE_ID, overlay.user(2), "not mine")));
    }

    @Test
    public void the_shell_commands_answer() throws Exception {
        String node = nodes.get(1).status().nodeId().toString();
        assertTrue(run("reload:status --node " + node).contains("role       peer, joined"));
        assertTrue(run("reload:kinds --node " + node).contains(TestOverlay.NOTE));
        assertTrue(run("reload:neighbors --node " + node).contains(nodes.get(0).status().nodeId().toString())
                || run("reload:neighbors --node " + node).contains(nodes.get(2).status().nodeId().toString()));
        assertTrue(run("reload:ping --node " + node + " " + nodes.get(2).status().nodeId()).startsWith("pong from"));
        assertTrue(run("reload:store --node " + node + " " + TestOverlay.NOTE + " " + overlay.user(1) + " from-the-shell")
                .startsWith("stored " + TestOverlay.NOTE));
        assertEquals("from-the-shell\n", run("reload:fetch --node " + node + " " + TestOverlay.NOTE + " " + overlay.user(1)));
        assertTrue(run("reload:store --node " + node + " " + TestOverlay.NOTE + " " + overlay.user(0) + " x")
                .startsWith("Error_Forbidden"));
        assertTrue(run("reload:route --node " + node + " somewhere").startsWith("next hop")
                || run("reload:route --node " + node + " somewhere").startsWith("no route"));
        assertTrue(run("reload:find --node " + node + " " + TestOverlay.NOTE + " " + overlay.user(1))
                .startsWith(TestOverlay.NOTE + ": "));
        assertTrue(run("reload:stat --node " + node + " " + TestOverlay.NOTE + " " + overlay.user(1))
                .startsWith(TestOverlay.NOTE + " generation"));
    }

    @Test
    public void the_shell_traces_messages_to_a_pcap_file() throws Exception {
        String node = nodes.get(2).status().nodeId().toString();
        Path pcap = Files.createTempFile("reloadj-trace", ".pcap");
        assertTrue(run("reload:trace --node " + node + " start " + pcap).startsWith("tracing to"));
        run("reload:ping --node " + node + " " + nodes.get(0).status().nodeId());
        assertTrue(run("reload:trace --node " + node + " stop").startsWith("trace written to " + pcap));
        assertTrue("a pcap header and the ping's frames: " + Files.size(pcap), Files.size(pcap) > 100);
    }

    private String run(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CommandSession session = shell.createSession(new ByteArrayInputStream(new byte[0]), out, out)) {
            session.execute(command);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

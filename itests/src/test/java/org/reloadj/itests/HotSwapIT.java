package org.reloadj.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.reloadj.api.node.OverlayNode;

/**
 * Hot swap of the topology (architecture principle 4): updating the CHORD-RELOAD bundle in place
 * in a running overlay makes every node drop its routing state and join again (RFC 6940, 10.5)
 * with the new plug-in, keeping what it stores: every value is still fetchable from every node.
 */
@RunWith(WithTlsLinks.class)
@ExamReactorStrategy(PerClass.class)
public class HotSwapIT extends NodesTest {
    private static TestOverlay overlay;

    @Test
    public void updating_the_topology_bundle_rejoins_every_node_and_keeps_the_data() throws Exception {
        overlay = new TestOverlay(3);
        List<OverlayNode> nodes = overlay.startAll(context, admin);
        for (int i = 0; i < nodes.size(); i++) {
            Values.store(nodes.get(i).overlay(), TestOverlay.NOTE_ID, overlay.user(i), "value of node " + i);
        }
        Bundle chord = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().equals("org.reloadj.reload-topology-chord")).findFirst().orElseThrow();
        long before = chord.getLastModified();

        chord.update();

        await().atMost(10, TimeUnit.SECONDS).until(() -> chord.getLastModified() > before
                && chord.getState() == Bundle.ACTIVE);
        await().atMost(TestOverlay.PATIENCE.toSeconds(), TimeUnit.SECONDS).until(() -> nodes.stream()
                .allMatch(n -> n.status().joined() && n.status().topology().isPresent()));
        for (OverlayNode node : nodes) {
            for (int i = 0; i < nodes.size(); i++) {
                int owner = i;
                await().atMost(TestOverlay.PATIENCE.toSeconds(), TimeUnit.SECONDS).ignoreExceptions().until(() -> Values.fetch(
                        node.overlay(), TestOverlay.NOTE_ID, overlay.user(owner)).equals(Optional.of("value of node " + owner)));
            }
        }
        assertEquals(3, TestOverlay.nodes(context).size());
    }
}

package org.reloadj.cli.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reloadj.core.runtime.RunningNode;
import org.reloadj.topology.chord.ChordPlugin;

/**
 * A running overlay whose topology plug-in goes away and comes back (a bundle update): every node
 * drops its routing state, joins again through the links it kept, and still serves the data it
 * stored (architecture principle 4), over real TLS links.
 */
class HotSwapTest {
    @Test
    void replacing_the_topology_plug_in_rejoins_every_node_and_keeps_the_data() throws Exception {
        try (PeerRing ring = new PeerRing(3)) {
            for (int i = 0; i < 3; i++) {
                PeerRing.store(ring.nodes.get(i).overlay(), ring.users.get(i), "value " + i);
            }

            for (RunningNode node : ring.nodes) {
                node.replaceTopology(Optional.empty()).toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            assertThat(ring.nodes).allSatisfy(n -> assertThat(n.status().joined()).isFalse());
            ChordPlugin updated = new ChordPlugin();
            for (RunningNode node : ring.nodes) {
                node.replaceTopology(Optional.of(updated)).toCompletableFuture().get(10, TimeUnit.SECONDS);
            }

            await().atMost(PeerRing.PATIENCE).until(() -> ring.nodes.stream().allMatch(n -> n.status().joined()));
            for (RunningNode node : ring.nodes) {
                for (int i = 0; i < 3; i++) {
                    int owner = i;
                    await().atMost(PeerRing.PATIENCE).ignoreExceptions().until(() -> PeerRing.fetch(node.overlay(),
                            ring.users.get(owner)).equals(Optional.of("value " + owner)));
                }
            }
        }
    }
}

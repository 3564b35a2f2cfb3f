package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.sim.StaticRingTopology;

/**
 * send_update in an Attach (RFC 6940, 6.4.2.3, 6.5.1): the node that receives an AttachReq with
 * the flag set sends an Update to its sender once the link between them is up.
 */
class AttachSendUpdateTest {
    private final TestOverlay overlay = new TestOverlay(3);

    private List<StaticRingTopology.Received> updatesAt(int i) {
        return overlay.topology(i).received().stream().filter(r -> r.code() == MessageCode.UPDATE_REQ).toList();
    }

    @Test
    void the_peer_attached_to_with_send_update_sends_an_update_once_linked() {
        overlay.link(2, 1);
        // node 0 bootstraps through node 2 and attaches, with send_update, to node 1 (11.4, 10.5)
        overlay.await(overlay.node(0).bootstrap(List.of(InMemoryNetwork.address(2))));
        overlay.scheduler.runUntilIdle();

        assertThat(overlay.node(0).connectedPeers()).contains(overlay.ids.get(1));
        assertThat(updatesAt(0)).extracting(StaticRingTopology.Received::sender).containsExactly(overlay.ids.get(1));
    }

    @Test
    void an_attach_without_send_update_brings_no_update() {
        overlay.link(1, 2).link(2, 0);
        overlay.await(overlay.node(1).attach(overlay.ids.get(0)));
        overlay.scheduler.runUntilIdle();

        assertThat(overlay.node(1).connectedPeers()).contains(overlay.ids.get(0));
        assertThat(updatesAt(1)).isEmpty();
    }
}

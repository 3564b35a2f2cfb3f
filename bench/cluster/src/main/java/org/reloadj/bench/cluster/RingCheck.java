package org.reloadj.bench.cluster;

import java.util.ArrayList;
import java.util.List;
import org.reloadj.api.NodeId;
import org.reloadj.core.runtime.RunningNode;

/**
 * Whether an overlay has stabilized: every node holds its true predecessor and successor on the
 * ring among its neighbors (RFC 6940, 10.3), so every Resource-ID reaches the peer responsible.
 */
final class RingCheck {
    private RingCheck() {
    }

    /** The nodes whose neighbor table lacks their ring predecessor or successor. */
    static int unsettled(List<RunningNode> nodes) {
        List<NodeId> ring = new ArrayList<>();
        for (RunningNode node : nodes) {
            ring.add(id(node));
        }
        ring.sort(null);
        int unsettled = 0;
        for (RunningNode node : nodes) {
            int at = ring.indexOf(id(node));
            NodeId successor = ring.get((at + 1) % ring.size());
            NodeId predecessor = ring.get((at + ring.size() - 1) % ring.size());
            List<NodeId> neighbors = node.neighbors();
            if (!neighbors.contains(successor) || !neighbors.contains(predecessor)) {
                unsettled++;
            }
        }
        return unsettled;
    }

    static NodeId id(RunningNode node) {
        return node.options().credentials().certificate().nodeIds().get(0);
    }
}

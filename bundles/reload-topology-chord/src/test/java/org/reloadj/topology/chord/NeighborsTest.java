package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reloadj.topology.chord.Ids.node;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;

class NeighborsTest {
    private final Ring ring = new Ring(16);

    @Test
    void successors_and_predecessors_are_the_nearest_each_way_across_zero() {
        NodeId self = node(1);
        List<NodeId> peers = List.of(node(-5), node(3), node(-1), node(1000), node(2), node(-200), node(500));
        Neighbors n = Neighbors.of(ring, self, peers, 3, 3);
        assertThat(n.successors()).containsExactly(node(2), node(3), node(500));
        assertThat(n.predecessors()).containsExactly(node(-1), node(-5), node(-200));
        assertThat(n.predecessor()).contains(node(-1));
        assertThat(n.successor()).contains(node(2));
    }

    @Test
    void in_a_small_ring_the_same_peers_are_successors_and_predecessors() {
        Neighbors n = Neighbors.of(ring, Ids.at(10), List.of(Ids.at(200), Ids.at(100)), 3, 3);
        assertThat(n.successors()).containsExactly(Ids.at(100), Ids.at(200));
        assertThat(n.predecessors()).containsExactly(Ids.at(200), Ids.at(100));
        assertThat(n.members()).containsExactly(Ids.at(100), Ids.at(200));
    }

    @Test
    void a_node_never_enters_its_own_table() {
        Neighbors n = Neighbors.of(ring, node(7), List.of(node(7), node(9)), 3, 3);
        assertThat(n.successors()).containsExactly(node(9));
        assertThat(n.predecessors()).containsExactly(node(9));
        assertThat(Neighbors.of(ring, node(7), List.of(node(7)), 3, 3).isEmpty()).isTrue();
    }

    @Test
    void the_first_successors_are_the_replica_holders() {
        Neighbors n = Neighbors.of(ring, node(0), List.of(node(10), node(20), node(30)), 3, 3);
        assertThat(n.firstSuccessors(2)).containsExactly(node(10), node(20));
        assertThat(Neighbors.of(ring, node(0), List.of(node(10)), 3, 3).firstSuccessors(2)).containsExactly(node(10));
    }
}

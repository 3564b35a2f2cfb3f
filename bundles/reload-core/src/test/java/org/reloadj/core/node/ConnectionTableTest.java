package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.wire.message.Destination;

class ConnectionTableTest {
    private final ConnectionTable table = new ConnectionTable(new SplittableRandom(3));

    private static OverlayLink link(NodeId to) {
        return new OverlayLink() {
            @Override
            public Set<NodeId> remoteNodeIds() {
                return Set.of(to);
            }

            @Override
            public InetSocketAddress remoteAddress() {
                return new InetSocketAddress(0);
            }

            @Override
            public int maxMessageSize() {
                return 1000;
            }

            @Override
            public void send(byte[] message) {
                // not sent anywhere
            }

            @Override
            public void close() {
                // nothing to close
            }
        };
    }

    private static int value(ConnectionTable.Entry e) {
        return ((Destination.Compressed) e.compressedId()).value();
    }

    @Test
    void a_compressed_id_names_its_connection_until_the_connection_goes() {
        OverlayLink link = link(TestOverlay.nodeId(1));
        ConnectionTable.Entry e = table.add(link, TestOverlay.nodeId(1)).orElseThrow();

        assertThat(table.resolve(value(e))).contains(e);
        table.remove(link);
        assertThat(table.resolve(value(e))).isEmpty();
    }

    @Test
    void slots_are_taken_in_rotation_so_a_new_connection_gets_a_new_id() {
        ConnectionTable.Entry first = table.add(link(TestOverlay.nodeId(1)), TestOverlay.nodeId(1)).orElseThrow();
        table.remove(first.link());
        ConnectionTable.Entry second = table.add(link(TestOverlay.nodeId(2)), TestOverlay.nodeId(2)).orElseThrow();

        assertThat(second.slot()).isEqualTo(first.slot() + 1);
        assertThat(table.resolve(value(first))).isEmpty();
    }

    @Test
    void a_reused_slot_advances_its_generation_and_the_old_id_no_longer_resolves() {
        ConnectionTable.Entry first = table.add(link(TestOverlay.nodeId(1)), TestOverlay.nodeId(1)).orElseThrow();
        table.remove(first.link());
        ConnectionTable.Entry reused = null;
        for (int i = 0; i < ConnectionTable.SLOTS; i++) {
            ConnectionTable.Entry e = table.add(link(TestOverlay.nodeId(2)), TestOverlay.nodeId(2)).orElseThrow();
            table.remove(e.link());
            reused = e;
        }

        assertThat(reused.slot()).isEqualTo(first.slot());
        assertThat(reused.generation()).isEqualTo((first.generation() + 1) % 8);
        assertThat(table.resolve(value(first))).isEmpty();
    }

    @Test
    void the_table_refuses_links_when_every_slot_is_taken() {
        for (int i = 0; i < ConnectionTable.SLOTS; i++) {
            assertThat(table.add(link(TestOverlay.nodeId(1)), TestOverlay.nodeId(1))).isPresent();
        }

        assertThat(table.add(link(TestOverlay.nodeId(2)), TestOverlay.nodeId(2))).isEmpty();
    }

    @Test
    void a_second_link_to_a_node_takes_over_and_the_first_serves_again_when_it_closes() {
        NodeId node = TestOverlay.nodeId(1);
        ConnectionTable.Entry older = table.add(link(node), node).orElseThrow();
        ConnectionTable.Entry newer = table.add(link(node), node).orElseThrow();

        assertThat(table.entry(node)).contains(newer);
        table.remove(newer.link());
        assertThat(table.entry(node)).contains(older);
        assertThat(table.nodes()).containsExactly(node);
    }

    @Test
    void a_two_byte_opaque_id_with_the_top_bit_set_reads_as_a_compressed_id() {
        assertThat(ConnectionTable.compressedValue(new Destination.OpaqueId(org.reloadj.api.Opaque.fromHex("8123"))))
                .hasValue(0x8123);
        assertThat(ConnectionTable.compressedValue(new Destination.OpaqueId(org.reloadj.api.Opaque.fromHex("0123"))))
                .isEmpty();
    }
}

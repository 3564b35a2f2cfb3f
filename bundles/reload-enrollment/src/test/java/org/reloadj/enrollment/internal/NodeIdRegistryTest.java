package org.reloadj.enrollment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reloadj.api.NodeId;

class NodeIdRegistryTest {
    @TempDir
    Path dir;

    @Test
    void gives_a_returning_user_the_same_node_ids_even_after_a_restart() throws IOException {
        List<NodeId> first = registry().allocate("alice@overlay.example.org", 2);
        assertThat(registry().allocate("alice@overlay.example.org", 2)).isEqualTo(first);
        assertThat(registry().allocate("alice@overlay.example.org", 1)).containsExactly(first.get(0));
        assertThat(Files.readString(dir.resolve(NodeIdRegistry.FILE))).contains(first.get(0).toString());
    }

    @Test
    void adds_fresh_node_ids_when_a_user_asks_for_more_than_held() throws IOException {
        NodeIdRegistry registry = registry();
        List<NodeId> two = registry.allocate("alice", 2);
        List<NodeId> four = registry.allocate("alice", 4);
        assertThat(four).hasSize(4).startsWith(two.toArray(NodeId[]::new)).doesNotHaveDuplicates();
        assertThat(registry().held("alice")).isEqualTo(four);
    }

    @Test
    void refuses_more_than_the_limit_and_fewer_than_one() throws IOException {
        NodeIdRegistry registry = registry();
        assertThatThrownBy(() -> registry.allocate("alice", 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.allocate("alice", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(registry.held("alice")).isEmpty();
    }

    @Test
    void draws_node_ids_at_random_of_the_overlay_length_never_twice() throws IOException {
        NodeIdRegistry registry = NodeIdRegistry.open(dir, 20, 4, new SecureRandom());
        Set<NodeId> all = new HashSet<>();
        for (int user = 0; user < 50; user++) {
            all.addAll(registry.allocate("user" + user, 4));
        }
        assertThat(all).hasSize(200).allMatch(id -> id.length() == 20);
        long leadingZeroBits = all.stream().filter(id -> id.bytes().byteAt(0) >= 0).count();
        assertThat(leadingZeroBits).as("about half of the first bits are 0").isBetween(60L, 140L);
    }

    @Test
    void never_hands_out_the_reserved_all_zeros_or_all_ones() throws IOException {
        SecureRandom rigged = new SecureRandom() {
            private static final long serialVersionUID = 1L;
            private int calls;

            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) (calls == 0 ? 0 : calls == 1 ? 0xff : calls));
                calls++;
            }
        };
        List<NodeId> ids = NodeIdRegistry.open(dir, 16, 4, rigged).allocate("alice", 1);
        assertThat(ids.get(0).bytes().byteAt(0)).isEqualTo((byte) 2);
    }

    @Test
    void refuses_a_stored_node_id_of_another_length() throws IOException {
        registry().allocate("alice", 1);
        assertThatThrownBy(() -> NodeIdRegistry.open(dir, 20, 4, new SecureRandom())).isInstanceOf(IOException.class);
    }

    private NodeIdRegistry registry() throws IOException {
        return NodeIdRegistry.open(dir, 16, 4, new SecureRandom());
    }
}

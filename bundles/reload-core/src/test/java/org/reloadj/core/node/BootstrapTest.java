package org.reloadj.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

class BootstrapTest {
    private static final NodeId SELF = NodeId.fromHex("000102030405060708090a0b0c0d0eff");
    private static final NodeId BOOTSTRAP = NodeId.fromHex("f0000000000000000000000000000000");

    @Test
    void attaches_to_its_node_id_plus_one_with_carry() {
        assertThat(Bootstrap.successor(SELF)).isEqualTo(ResourceId.fromHex("000102030405060708090a0b0c0d0f00"));
    }

    @Test
    void node_id_plus_one_wraps_around_the_ring() {
        assertThat(Bootstrap.successor(NodeId.fromHex("ffffffffffffffffffffffffffffffff")))
                .isEqualTo(ResourceId.fromHex("00000000000000000000000000000000"));
    }

    @Test
    void attaches_over_the_first_bootstrap_node_that_answers() {
        InetSocketAddress down = new InetSocketAddress("127.0.0.1", 1);
        InetSocketAddress up = new InetSocketAddress("127.0.0.1", 2);
        List<Identifier<?>> attached = new ArrayList<>();
        Bootstrap bootstrap = new Bootstrap(
                a -> a.equals(up) ? CompletableFuture.completedFuture(BOOTSTRAP)
                        : CompletableFuture.failedFuture(new java.net.ConnectException("refused")),
                (hop, target) -> {
                    attached.add(hop);
                    attached.add(target);
                    return CompletableFuture.completedFuture(NodeId.fromHex("0102030405060708090a0b0c0d0e0f10"));
                });

        NodeId admitting = bootstrap.join(SELF, List.of(down, up)).toCompletableFuture().join();

        assertThat(admitting).isEqualTo(NodeId.fromHex("0102030405060708090a0b0c0d0e0f10"));
        assertThat(attached).containsExactly(BOOTSTRAP, Bootstrap.successor(SELF));
    }

    @Test
    void fails_when_no_bootstrap_node_answers() {
        Bootstrap bootstrap = new Bootstrap(a -> CompletableFuture.failedFuture(new java.net.ConnectException("no")),
                (hop, target) -> CompletableFuture.completedFuture(hop));
        assertThat(bootstrap.join(SELF, List.of(new InetSocketAddress("127.0.0.1", 1))).toCompletableFuture())
                .isCompletedExceptionally();
    }
}

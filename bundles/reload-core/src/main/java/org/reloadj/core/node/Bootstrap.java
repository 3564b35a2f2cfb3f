package org.reloadj.core.node;

import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

/**
 * Contacting a bootstrap node (RFC 6940, 11.4): the joining node forms a link to a bootstrap node
 * of the configuration, then sends an Attach over that link to the Resource-ID "set to the Joining
 * Node's Node-ID plus 1"; the peer responsible for it, the admitting peer, answers and links to the
 * joining node. The bootstrap nodes are tried in order until one admits.
 */
final class Bootstrap {
    private final Function<InetSocketAddress, CompletionStage<NodeId>> connect;
    private final BiFunction<NodeId, Identifier<?>, CompletionStage<NodeId>> attachVia;

    Bootstrap(Function<InetSocketAddress, CompletionStage<NodeId>> connect,
            BiFunction<NodeId, Identifier<?>, CompletionStage<NodeId>> attachVia) {
        this.connect = connect;
        this.attachVia = attachVia;
    }

    /** Joins through the first of {@code bootstraps} that answers; completes with the admitting peer. */
    CompletionStage<NodeId> join(NodeId self, List<InetSocketAddress> bootstraps) {
        if (bootstraps.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no bootstrap node"));
        }
        ResourceId target = successor(self);
        return BootstrapNodes.firstAnswer(bootstraps.iterator(),
                address -> connect.apply(address).thenCompose(bootstrap -> attachVia.apply(bootstrap, target)));
    }

    /** {@code id} + 1 modulo 2^(8 length), as a Resource-ID of the same length. */
    static ResourceId successor(NodeId id) {
        int length = id.length();
        BigInteger next = new BigInteger(1, id.bytes().toByteArray()).add(BigInteger.ONE)
                .mod(BigInteger.ONE.shiftLeft(8 * length));
        byte[] raw = next.toByteArray();
        byte[] bytes = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
        return ResourceId.of(bytes);
    }
}

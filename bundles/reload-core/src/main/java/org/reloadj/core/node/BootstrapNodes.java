package org.reloadj.core.node;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reloadj.api.NodeId;

/**
 * The bootstrap nodes a node joined with (RFC 6940, 11.4), kept so that it can contact one again
 * later, as partition detection asks (10.7.4.4: "periodically repeat the discovery process used in
 * the initial join"). It remembers the Node-ID each address authenticated as, so that a node it is
 * still linked to is used again rather than linked to once more.
 */
final class BootstrapNodes {
    private final Function<InetSocketAddress, CompletionStage<NodeId>> connect;
    private final Predicate<NodeId> linked;
    private final Map<InetSocketAddress, NodeId> identities = new HashMap<>();
    private List<InetSocketAddress> addresses = List.of();

    /**
     * Bootstrap nodes reached with {@code connect}; {@code linked} says whether a link to a node is
     * still open.
     */
    BootstrapNodes(Function<InetSocketAddress, CompletionStage<NodeId>> connect, Predicate<NodeId> linked) {
        this.connect = connect;
        this.linked = linked;
    }

    /** From now on, the bootstrap nodes are {@code list}, in the order to try them. */
    void remember(List<InetSocketAddress> list) {
        addresses = List.copyOf(list);
    }

    /** Opens a link to the node at {@code address}; completes with its Node-ID, remembered. */
    CompletionStage<NodeId> connect(InetSocketAddress address) {
        return connect.apply(address).thenApply(id -> {
            identities.put(address, id);
            return id;
        });
    }

    /**
     * Contacts a bootstrap node again, in the order of the initial join: the first that is still
     * linked or answers a new link. Empty when there is none but this node; fails when none answers.
     */
    CompletionStage<Optional<NodeId>> contact(NodeId self) {
        List<InetSocketAddress> others = addresses.stream()
                .filter(a -> !self.equals(identities.get(a))).toList();
        if (others.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return firstAnswer(others.iterator(), a -> {
            NodeId known = identities.get(a);
            return known != null && linked.test(known) ? CompletableFuture.completedFuture(known) : connect(a);
        }).thenApply(Optional::of);
    }

    /**
     * Applies {@code attempt} to each of {@code next} in turn until one completes; fails with the
     * last failure when none does.
     */
    static <T, R> CompletionStage<R> firstAnswer(Iterator<T> next, Function<T, CompletionStage<R>> attempt) {
        T candidate = next.next();
        return attempt.apply(candidate).handle((result, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(result);
            }
            if (!next.hasNext()) {
                return CompletableFuture.<R>failedFuture(Failures.cause(failure));
            }
            return firstAnswer(next, attempt);
        }).thenCompose(Function.identity());
    }
}

package org.reloadj.core.runtime;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.core.node.Failures;
import org.reloadj.core.node.Node;
import org.reloadj.core.time.Scheduler;

/**
 * How a running node becomes part of its overlay (RFC 6940, 11.4 and 6.4.2.1), on the node's
 * event loop:
 * <ul>
 * <li>a peer contacts the bootstrap nodes of its configuration other than itself (a link and an
 * Attach to the peer responsible for its Node-ID + 1) and then joins through its topology. A
 * peer with no other bootstrap node, or one that is itself a bootstrap node and reaches no other,
 * is the first peer of the overlay (6.4.2.1: "some mechanism whereby nodes can determine that
 * they are potentially the first node"): its topology joins alone;</li>
 * <li>a client (4.2.1) links to the first bootstrap node that answers and sends through it.</li>
 * </ul>
 * The stage completes once the topology says the node joined (a client: once linked), or fails
 * after {@code timeout}.
 */
final class Joiner {
    private static final Duration POLL = Duration.ofMillis(50);

    private final Node node;
    private final Scheduler loop;
    private final InetSocketAddress self;

    Joiner(Node node, Scheduler loop, InetSocketAddress self) {
        this.node = node;
        this.loop = loop;
        this.self = self;
    }

    /** Joins through {@code bootstraps} as a peer; completes when joined. */
    CompletionStage<Void> joinAsPeer(List<InetSocketAddress> bootstraps, Duration timeout) {
        List<InetSocketAddress> others = new ArrayList<>(bootstraps);
        boolean listed = others.removeIf(this::isSelf);
        CompletionStage<?> linked = others.isEmpty() ? CompletableFuture.completedFuture(null)
                : node.bootstrap(others).handle((admitting, failure) -> {
                    if (failure != null && !listed) {
                        throw new CompletionException(Failures.cause(failure));
                    }
                    return admitting;
                });
        Instant deadline = loop.clock().instant().plus(timeout);
        return linked.thenCompose(ignored -> {
            node.topology().join();
            return until(deadline, () -> node.topology().isJoined());
        });
    }

    /** Links to the first of {@code bootstraps} that answers, as a client; completes with its Node-ID. */
    CompletionStage<NodeId> linkAsClient(List<InetSocketAddress> bootstraps) {
        if (bootstraps.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("a client needs a bootstrap node"));
        }
        return tryFrom(bootstraps.iterator());
    }

    private CompletionStage<NodeId> tryFrom(Iterator<InetSocketAddress> next) {
        InetSocketAddress address = next.next();
        return node.connect(address).handle((peer, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(peer);
            }
            if (!next.hasNext()) {
                return CompletableFuture.<NodeId>failedFuture(Failures.cause(failure));
            }
            return tryFrom(next);
        }).thenCompose(Function.identity());
    }

    private CompletionStage<Void> until(Instant deadline, BooleanSupplier condition) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        poll(deadline, condition, done);
        return done;
    }

    private void poll(Instant deadline, BooleanSupplier condition, CompletableFuture<Void> done) {
        if (condition.getAsBoolean()) {
            done.complete(null);
        } else if (loop.clock().instant().isAfter(deadline)) {
            done.completeExceptionally(new ReloadException(ErrorCode.ERROR_REQUEST_TIMEOUT,
                    "the node did not join the overlay in time"));
        } else {
            loop.schedule(POLL, () -> poll(deadline, condition, done));
        }
    }

    /** Whether {@code bootstrap} is this node's own listening address. */
    boolean isSelf(InetSocketAddress bootstrap) {
        if (self == null || bootstrap.getPort() != self.getPort() || bootstrap.getAddress() == null) {
            return false;
        }
        InetAddress mine = self.getAddress();
        InetAddress theirs = bootstrap.getAddress();
        return theirs.equals(mine) || mine.isAnyLocalAddress() && (theirs.isLoopbackAddress() || isLocal(theirs));
    }

    private static boolean isLocal(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }
}

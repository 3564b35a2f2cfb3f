package org.reloadj.core.net;

import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.registry.OverlayLinkType;
import org.reloadj.core.time.Scheduler;

/**
 * A deterministic network in one JVM for tests and simulation (RFC 6940, 6.6 stands in for the
 * overlay link layer): nodes listen and connect under socket addresses through the
 * {@link OverlayLinkProvider} of their identity, and links carry whole messages after a fixed
 * latency on the shared {@link Scheduler}'s (virtual) time, losing a seeded-random share of them.
 * A "handshake" takes one latency and authenticates each end as the Node-ID its provider was made
 * for. Links can be closed, nodes cut off, the network partitioned, and every frame inspected,
 * changed or dropped by an {@link Interceptor}.
 *
 * <p>The links' overlay link type is {@code EXP-LINK} (14.10), the experimental type, since they
 * are neither TLS nor DTLS; candidates of an in-memory Attach carry it. A frame larger than the
 * link's maximum message size is carried anyway (as IP fragmentation would) but counted.
 *
 * <p>Not thread-safe: everything runs on the scheduler's thread.
 */
public final class InMemoryNetwork {
    /** The overlay link type of in-memory links. */
    public static final String LINK_TYPE = OverlayLinkType.EXP_LINK.rfcName();

    private final Scheduler scheduler;
    private final SplittableRandom random;
    private final Map<InetSocketAddress, Listening> listeners = new HashMap<>();
    private final Set<InMemoryLink> open = new LinkedHashSet<>();
    private final Map<NodeId, Integer> partitions = new HashMap<>();
    private Duration latency = Duration.ofMillis(10);
    private double loss;
    private int maxMessageSize = 0xFF_FFFF;
    private Interceptor interceptor = Interceptor.PASS;
    private int nextPartition = 1;
    private long carried;
    private long lost;
    private long oversized;
    private int largestFrame;

    /** A network on {@code scheduler}'s time whose losses follow {@code seed}. */
    public InMemoryNetwork(Scheduler scheduler, long seed) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.random = new SplittableRandom(seed);
    }

    /** The address of the {@code n}th node of a test: 10.x.y.z, port 6084. */
    public static InetSocketAddress address(int n) {
        byte[] ip = {10, (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
        try {
            return new InetSocketAddress(InetAddress.getByAddress(ip), 6084);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4-byte address is always valid", e);
        }
    }

    /** The link provider of the node {@code identity}: its links authenticate it as that Node-ID. */
    public OverlayLinkProvider provider(NodeId identity) {
        return new Endpoint(Objects.requireNonNull(identity, "identity"));
    }

    /** Sets the one-way latency of every link (default 10 ms). */
    public void setLatency(Duration value) {
        this.latency = Objects.requireNonNull(value, "latency");
    }

    /** Sets the share of frames lost, 0 to 1 (default 0). */
    public void setLoss(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("loss is a share, 0..1: " + share);
        }
        this.loss = share;
    }

    /** Sets the largest message a link carries without fragmentation (default 2^24-1). */
    public void setMaxMessageSize(int bytes) {
        this.maxMessageSize = bytes;
    }

    /** Sets what looks at every frame (default: {@link Interceptor#PASS}). */
    public void setInterceptor(Interceptor value) {
        this.interceptor = Objects.requireNonNull(value, "interceptor");
    }

    /** Cuts {@code side} off from the other nodes: no frame or connection crosses, until {@link #heal()}. */
    public void partition(Collection<NodeId> side) {
        int id = nextPartition++;
        side.forEach(n -> partitions.put(n, id));
    }

    /** Removes every partition. */
    public void heal() {
        partitions.clear();
    }

    /** Closes every link of {@code node} and stops its listening, as if it crashed. */
    public void disconnect(NodeId node) {
        listeners.values().removeIf(l -> l.identity.equals(node));
        new ArrayList<>(open).stream().filter(l -> l.localId().equals(node)).forEach(this::close);
    }

    /** Closes the links between {@code a} and {@code b}; both ends are told. */
    public void closeLinks(NodeId a, NodeId b) {
        new ArrayList<>(open).stream().filter(l -> l.localId().equals(a) && l.remoteId().equals(b))
                .forEach(this::close);
    }

    /** The largest message a link carries without fragmentation. */
    int maxMessageSize() {
        return maxMessageSize;
    }

    /** The frames handed to the network. */
    public long framesCarried() {
        return carried;
    }

    /** The frames lost to loss, partitions or the interceptor. */
    public long framesLost() {
        return lost;
    }

    /** The frames larger than the links' maximum message size. */
    public long framesOversized() {
        return oversized;
    }

    /** The size of the largest frame carried. */
    public int largestFrame() {
        return largestFrame;
    }

    /** The number of open links (each has two ends). */
    public int openLinks() {
        return open.size() / 2;
    }

    void carry(InMemoryLink from, byte[] bytes) {
        if (from.isClosed()) {
            return;
        }
        carried++;
        largestFrame = Math.max(largestFrame, bytes.length);
        if (bytes.length > maxMessageSize) {
            oversized++;
        }
        Optional<byte[]> out = interceptor.onFrame(new Frame(from.localId(), from.remoteId(), bytes.clone()));
        if (out.isEmpty() || separated(from.localId(), from.remoteId()) || loss > 0 && random.nextDouble() < loss) {
            lost++;
            return;
        }
        InMemoryLink to = from.peer();
        byte[] delivered = out.get();
        scheduler.schedule(latency, () -> {
            if (!to.isClosed()) {
                to.handler().onMessage(to, delivered);
            }
        });
    }

    void close(InMemoryLink link) {
        if (link.isClosed()) {
            return;
        }
        InMemoryLink peer = link.peer();
        link.markClosed();
        peer.markClosed();
        open.remove(link);
        open.remove(peer);
        scheduler.schedule(Duration.ZERO, () -> link.handler().onClosed(link, null));
        scheduler.schedule(latency, () -> peer.handler().onClosed(peer, null));
    }

    private boolean separated(NodeId a, NodeId b) {
        return !partitions.getOrDefault(a, 0).equals(partitions.getOrDefault(b, 0));
    }

    private CompletionStage<OverlayLink> connect(NodeId identity, InetSocketAddress home, InetSocketAddress remote,
            LinkHandler handler) {
        CompletableFuture<OverlayLink> result = new CompletableFuture<>();
        scheduler.schedule(latency, () -> {
            Listening target = listeners.get(remote);
            if (target == null || separated(identity, target.identity)) {
                result.completeExceptionally(new ConnectException("nothing reachable listens on " + remote));
                return;
            }
            InMemoryLink mine = new InMemoryLink(this, identity, target.identity, remote, handler);
            InMemoryLink theirs = new InMemoryLink(this, target.identity, identity, home, target.handler);
            InMemoryLink.pair(mine, theirs);
            open.add(mine);
            open.add(theirs);
            target.handler.onOpened(theirs);
            handler.onOpened(mine);
            result.complete(mine);
        });
        return result;
    }

    /** A node's listening endpoint. */
    private record Listening(NodeId identity, LinkHandler handler) {
    }

    /** The link provider of one node identity. */
    private final class Endpoint implements OverlayLinkProvider {
        private final NodeId identity;
        private final Set<InetSocketAddress> bound = new HashSet<>();

        Endpoint(NodeId identity) {
            this.identity = identity;
        }

        @Override
        public String linkType() {
            return LINK_TYPE;
        }

        @Override
        public CompletionStage<Listener> listen(InetSocketAddress local, LinkCredentials credentials,
                LinkHandler handler) {
            if (listeners.containsKey(local)) {
                return CompletableFuture.failedFuture(new BindException(local + " is in use"));
            }
            listeners.put(local, new Listening(identity, handler));
            bound.add(local);
            return CompletableFuture.completedFuture(new Listener() {
                @Override
                public InetSocketAddress localAddress() {
                    return local;
                }

                @Override
                public void cancel() {
                    listeners.remove(local);
                    bound.remove(local);
                }
            });
        }

        @Override
        public CompletionStage<OverlayLink> connect(InetSocketAddress remote, LinkCredentials credentials,
                LinkHandler handler) {
            InetSocketAddress home = bound.isEmpty() ? new InetSocketAddress(0) : bound.iterator().next();
            return InMemoryNetwork.this.connect(identity, home, remote, handler);
        }
    }
}

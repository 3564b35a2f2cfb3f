package org.reloadj.topology.chord;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.reloadj.api.Cancellable;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.topology.TopologyContext;
import org.reloadj.wire.chord.ChordUpdate;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;

/**
 * A node's services, faked: virtual time, a seeded random, a connection table the test sets,
 * Attaches left pending for the test to complete (unless to a linked Node-ID, which completes at
 * once as the node does), and requests recorded and, unless told otherwise, answered at once with
 * an empty body.
 */
final class FakeContext implements TopologyContext {
    /** A request the topology sent. */
    record Sent(Identifier<?> destination, MessageCode code, Opaque body, CompletableFuture<Opaque> answer) {
        /** The body read as a ChordUpdate. */
        ChordUpdate update() {
            try {
                return ChordUpdate.decode(body, WireContext.defaults());
            } catch (WireException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** An Attach the topology asked for. */
    record Attach(Identifier<?> target, CompletableFuture<NodeId> result) {
    }

    final NodeId self;
    final VirtualTime time;
    final Random random;
    final Set<NodeId> connected = new LinkedHashSet<>();
    final Map<String, String> parameters = new HashMap<>();
    final List<Sent> sent = new ArrayList<>();
    final List<Attach> attaches = new ArrayList<>();
    /** What the topology did, in order: "responsibilityChanged", "UPDATE_REQ to ...", "attach ...". */
    final List<String> events = new ArrayList<>();
    Optional<NodeId> admittingPeer = Optional.empty();
    boolean answerAtOnce = true;
    int responsibilityChanges;
    Function<Attach, CompletionStage<NodeId>> attachHandler;
    Function<Sent, CompletionStage<Opaque>> requestHandler;
    /** The bootstrap node found again (10.7.4.4); empty: none. */
    Optional<NodeId> bootstrapNode = Optional.empty();
    /** Who answers a Ping sent through the bootstrap node, by target (default: this node). */
    Function<Identifier<?>, NodeId> pingAnswerer = target -> localNodeId();

    FakeContext(NodeId self, VirtualTime time, long seed) {
        this.self = self;
        this.time = time;
        // java.util.Random's first draws barely differ for neighbouring seeds: spread the seed first
        this.random = new Random(new java.util.SplittableRandom(seed).nextLong());
    }

    FakeContext(NodeId self) {
        this(self, new VirtualTime(), 1);
    }

    @Override
    public NodeId localNodeId() {
        return self;
    }

    @Override
    public int nodeIdLength() {
        return 16;
    }

    @Override
    public Clock clock() {
        return time.clock();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        return time.schedule(delay, task);
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public Set<NodeId> connectedPeers() {
        return Set.copyOf(connected);
    }

    @Override
    public CompletionStage<NodeId> attach(Identifier<?> target) {
        Attach a = new Attach(target, new CompletableFuture<>());
        attaches.add(a);
        events.add("attach " + target);
        if (attachHandler != null) {
            return attachHandler.apply(a);
        }
        if (target instanceof NodeId n && connected.contains(n)) {
            a.result().complete(n);
        }
        return a.result();
    }

    @Override
    public CompletionStage<Opaque> request(Identifier<?> destination, MessageCode code, Opaque body) {
        Sent s = new Sent(destination, code, body, new CompletableFuture<>());
        sent.add(s);
        events.add(code + " to " + destination);
        if (requestHandler != null) {
            return requestHandler.apply(s);
        }
        if (answerAtOnce) {
            s.answer().complete(Opaque.EMPTY);
        }
        return s.answer();
    }

    @Override
    public void responsibilityChanged() {
        responsibilityChanges++;
        events.add("responsibilityChanged");
    }

    @Override
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public Optional<NodeId> admittingPeer() {
        return admittingPeer;
    }

    @Override
    public CompletionStage<Optional<NodeId>> contactBootstrapNode() {
        bootstrapNode.ifPresent(connected::add);
        return CompletableFuture.completedFuture(bootstrapNode);
    }

    @Override
    public CompletionStage<NodeId> pingVia(NodeId via, Identifier<?> target) {
        events.add("ping via " + via + " to " + target);
        return CompletableFuture.completedFuture(pingAnswerer.apply(target));
    }

    @Override
    public CompletionStage<NodeId> attachVia(NodeId via, Identifier<?> target) {
        events.add("attach via " + via + " to " + target);
        NodeId peer = (NodeId) target;
        connected.add(peer);
        return CompletableFuture.completedFuture(peer);
    }

    /** The requests sent with {@code code}. */
    List<Sent> sent(MessageCode code) {
        return sent.stream().filter(s -> s.code() == code).toList();
    }

    /** The destinations of the Updates sent. */
    List<Identifier<?>> updateRecipients() {
        return sent(MessageCode.UPDATE_REQ).stream().map(Sent::destination).toList();
    }

    /** The targets of the Attaches asked for. */
    List<Identifier<?>> attachTargets() {
        return attaches.stream().map(Attach::target).toList();
    }

    /** Completes the pending Attach to {@code target} with {@code peer}, linking it. */
    void completeAttach(Identifier<?> target, NodeId peer) {
        connected.add(peer);
        attaches.stream().filter(a -> a.target().equals(target) && !a.result().isDone()).findFirst()
                .orElseThrow(() -> new AssertionError("no pending Attach to " + target))
                .result().complete(peer);
    }

    /** Forgets what was sent and attached. */
    void clearRecords() {
        sent.clear();
        attaches.clear();
        events.clear();
        responsibilityChanges = 0;
    }
}

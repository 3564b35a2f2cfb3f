package org.reloadj.topology.chord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.registry.ProbeInformationType;
import org.reloadj.wire.body.JoinAns;
import org.reloadj.wire.body.JoinReq;
import org.reloadj.wire.body.LeaveReq;
import org.reloadj.wire.body.ProbeAns;
import org.reloadj.wire.body.ProbeInformation;
import org.reloadj.wire.body.RouteQueryReq;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.Destination;

/**
 * A few nodes with CHORD-RELOAD topologies, linked by a fake network on virtual time: each request
 * and Attach travels hop by hop as the topologies route it (nextHops, isResponsible, as the node's
 * router does), each hop taking {@link #LATENCY}; an Attach that arrives links the two nodes and
 * tells both topologies. Lost messages fail after the node's request lifetime. This is the
 * smallest stand-in for the node engine that exercises the algorithm end to end.
 */
final class FakeOverlay {
    static final Duration LATENCY = Duration.ofMillis(10);
    static final Duration REQUEST_LIFETIME = Duration.ofSeconds(15);
    private static final int TTL = 100;

    final VirtualTime time = new VirtualTime();
    private final Map<NodeId, Member> members = new LinkedHashMap<>();
    private final Map<String, String> parameters;
    private long seed = 7;

    /** A member node. */
    record Member(FakeContext context, ChordTopology topology) {
    }

    FakeOverlay(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    FakeOverlay() {
        this(Map.of());
    }

    /** Starts the first node of the overlay. */
    Member first(NodeId id) {
        Member m = create(id, Optional.empty());
        m.topology().join();
        return m;
    }

    /** Links {@code id} to {@code bootstrap} (11.4) and makes it join. */
    Member join(NodeId id, NodeId bootstrap) {
        Member m = create(id, Optional.of(bootstrap));
        link(id, bootstrap);
        m.topology().join();
        return m;
    }

    private Member create(NodeId id, Optional<NodeId> bootstrap) {
        FakeContext c = new FakeContext(id, time, seed++);
        c.parameters.putAll(parameters);
        c.admittingPeer = bootstrap;
        c.attachHandler = a -> attach(id, a.target());
        c.requestHandler = s -> request(id, s);
        Member m = new Member(c, (ChordTopology) new ChordPlugin().create(c));
        members.put(id, m);
        return m;
    }

    Member member(NodeId id) {
        return members.get(id);
    }

    List<Member> members() {
        return List.copyOf(members.values());
    }

    /** Runs the overlay for {@code span} of virtual time. */
    void run(Duration span) {
        time.advance(span);
    }

    /** The node fails without a word: its links go down at every node linked to it. */
    void crash(NodeId id) {
        Member gone = members.remove(id);
        for (NodeId peer : List.copyOf(gone.context().connected)) {
            Member m = members.get(peer);
            if (m != null && m.context().connected.remove(id)) {
                m.topology().onNeighborDown(id);
            }
        }
        gone.context().connected.clear();
    }

    private void link(NodeId a, NodeId b) {
        Member ma = members.get(a);
        Member mb = members.get(b);
        if (ma == null || mb == null || a.equals(b) || ma.context().connected.contains(b)) {
            return;
        }
        ma.context().connected.add(b);
        mb.context().connected.add(a);
        ma.topology().onNeighborUp(b);
        mb.topology().onNeighborUp(a);
    }

    private CompletionStage<NodeId> attach(NodeId from, Identifier<?> target) {
        CompletableFuture<NodeId> result = new CompletableFuture<>();
        if (target instanceof NodeId n && members.get(from).context().connected.contains(n)) {
            result.complete(n);
            return result;
        }
        route(from, from, target, TTL, result, at -> {
            time.schedule(LATENCY, () -> {
                link(from, at);
                result.complete(at);
            });
        });
        return result;
    }

    private CompletionStage<Opaque> request(NodeId from, FakeContext.Sent sent) {
        route(from, from, sent.destination(), TTL, sent.answer(), at -> {
            CompletableFuture<Opaque> answer = sent.answer();
            try {
                Opaque body = deliver(members.get(at).topology(), from, sent);
                time.schedule(LATENCY, () -> answer.complete(body));
            } catch (ReloadException e) {
                time.schedule(LATENCY, () -> answer.completeExceptionally(e));
            }
        });
        return sent.answer();
    }

    /** Forwards hop by hop from {@code at} until a node takes the message, or drops it. */
    private void route(NodeId from, NodeId at, Identifier<?> target, int ttl, CompletableFuture<?> outcome,
            java.util.function.Consumer<NodeId> arrive) {
        Member m = members.get(at);
        Optional<NodeId> next = m == null || ttl == 0 ? Optional.empty() : nextHop(at, m, target);
        if (m != null && isFor(at, m, target)) {
            arrive.accept(at);
        } else if (next.isPresent()) {
            time.schedule(LATENCY, () -> route(from, next.get(), target, ttl - 1, outcome, arrive));
        } else {
            time.schedule(REQUEST_LIFETIME, () -> outcome.completeExceptionally(
                    new ReloadException(ErrorCode.ERROR_REQUEST_TIMEOUT, "lost towards " + target)));
        }
    }

    private static boolean isFor(NodeId at, Member m, Identifier<?> target) {
        return target instanceof NodeId ? target.equals(at) : m.topology().isResponsible((ResourceId) target);
    }

    private static Optional<NodeId> nextHop(NodeId at, Member m, Identifier<?> target) {
        if (target instanceof NodeId n) {
            if (m.context().connected.contains(n)) {
                return Optional.of(n);
            }
            if (m.topology().isResponsible(ResourceId.of(n.bytes()))) {
                return Optional.empty();
            }
        }
        return m.topology().nextHops(target).stream().filter(m.context().connected::contains).findFirst();
    }

    private Opaque deliver(ChordTopology t, NodeId from, FakeContext.Sent sent) throws ReloadException {
        WireContext ctx = WireContext.defaults();
        switch (sent.code()) {
            case UPDATE_REQ:
                return t.onUpdate(from, sent.body());
            case JOIN_REQ: {
                JoinReq join = JoinReq.decode(WireReader.of(sent.body()), ctx);
                return WireWriter.encode(new JoinAns(t.onJoin(join.joiningPeerId(), join.overlaySpecificData()))::encode);
            }
            case LEAVE_REQ: {
                LeaveReq leave = LeaveReq.decode(WireReader.of(sent.body()), ctx);
                t.onLeave(leave.leavingPeerId(), leave.overlaySpecificData());
                return Opaque.EMPTY;
            }
            case ROUTE_QUERY_REQ: {
                RouteQueryReq q = RouteQueryReq.decode(WireReader.of(sent.body()), ctx);
                Identifier<?> dest = q.destination() instanceof Destination.Node n ? n.nodeId()
                        : ((Destination.Resource) q.destination()).resourceId();
                return t.onRouteQuery(from, q.sendUpdate(), dest, q.overlaySpecificData());
            }
            case PROBE_REQ:
                return WireWriter.encode(new ProbeAns(List.of(ProbeInformation.of(ProbeInformationType.UPTIME, 60)))::encode);
            default:
                throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "not an overlay request: " + sent.code());
        }
    }

    /** The node ids, sorted round the ring. */
    List<NodeId> ring() {
        List<NodeId> ids = new ArrayList<>(members.keySet());
        ids.sort(null);
        return ids;
    }
}

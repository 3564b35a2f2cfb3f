package org.reloadj.core.node;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.CandidateType;
import org.reloadj.core.time.Scheduler;
import org.reloadj.core.transaction.AnsweredRequests;
import org.reloadj.wire.body.AttachAns;
import org.reloadj.wire.body.AttachReq;
import org.reloadj.wire.body.AttachReqAns;
import org.reloadj.wire.body.IceCandidate;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.IpAddressPort;

/**
 * Attach without ICE (RFC 6940, 6.5.1 and 6.5.1.11): each side offers one host candidate, the
 * address its link provider listens on, with the provider's overlay link type; the answerer
 * ("active", 6.5.1.1) opens the link to the offerer's candidate, and the link's own handshake is
 * the connectivity check. The offerer's attach completes once a link to the answering node is up.
 *
 * <p>This is the minimum that connects two nodes through the overlay (the in-memory network, or
 * the NO-ICE link types); full ICE and the Error_In_Progress tie-breaker of 6.5.1.2 come with link
 * management. The link the answerer opens must authenticate as the node that sent the Attach
 * (6.5.1.11). An Attach with send_update set is remembered, and once the link to its sender is up
 * the node is told to send that node an Update (6.4.2.3). An Attach from a node this one is already
 * connecting to is answered with Error_In_Progress.
 */
final class NoIceAttach implements RequestHandler {
    /** What attaching needs of the node's links. */
    interface Links {
        /** The address this node accepts links on, if it listens. */
        Optional<InetSocketAddress> localAddress();

        /** The OverlayLinkType code of the provider (14.10). */
        int linkType();

        /**
         * Opens a link to the node {@code peer} at {@code remote}, closed unless its certificate
         * holds {@code peer} (6.5.1.11); the node enters it in its connection table when up.
         */
        CompletionStage<?> connect(InetSocketAddress remote, NodeId peer);

        /**
         * The link to {@code peer}, whose Attach asked for send_update, is up: the node must now
         * send it an Update (6.4.2.3), which only the topology can make. Default: nothing.
         */
        default void updateRequested(NodeId peer) {
        }
    }

    private final RandomGenerator random;
    private final Scheduler scheduler;
    private final ConnectionTable connections;
    private final Links links;
    private final WireContext context;
    private final Function<OutgoingRequest, CompletionStage<Answer>> originate;
    private final Map<NodeId, List<CompletableFuture<NodeId>>> waiting = new HashMap<>();
    private final Set<NodeId> connecting = new HashSet<>();

    NoIceAttach(RandomGenerator random, Scheduler scheduler, ConnectionTable connections, Links links,
            WireContext context, Function<OutgoingRequest, CompletionStage<Answer>> originate) {
        this.random = random;
        this.scheduler = scheduler;
        this.connections = connections;
        this.links = links;
        this.context = context;
        this.originate = originate;
    }

    /** Attaches to the node with, or the peer responsible for, {@code target}. */
    CompletionStage<NodeId> attach(Identifier<?> target) {
        if (target instanceof NodeId n && connections.entry(n).isPresent()) {
            return CompletableFuture.completedFuture(n);
        }
        AttachReqAns offer;
        try {
            offer = parameters("passive");
        } catch (ReloadException e) {
            return CompletableFuture.failedFuture(e);
        }
        return originate.apply(OutgoingRequest.to(target, new AttachReq(offer)))
                .thenCompose(answer -> linkTo(answer.responder().nodeId()));
    }

    @Override
    public CompletionStage<MessageBody> handle(IncomingRequest request) throws ReloadException {
        AttachReq offer = (AttachReq) request.decodeBody(context);
        NodeId peer = request.sender().nodeId();
        InetSocketAddress remote = offer.contents().candidates().stream()
                .filter(c -> c.overlayLink() == links.linkType() && c.addrPort() instanceof IpAddressPort.Inet)
                .map(c -> ((IpAddressPort.Inet) c.addrPort()).toSocketAddress()).findFirst()
                .orElseThrow(() -> new ReloadException(ErrorCode.ERROR_INCOMPATIBLE_WITH_OVERLAY,
                        "no candidate of overlay link type " + links.linkType()));
        AttachReqAns answer = parameters("active");
        boolean sendUpdate = offer.contents().sendUpdate();
        if (connections.entry(peer).isEmpty()) {
            if (!connecting.add(peer)) {
                throw new ReloadException(ErrorCode.ERROR_IN_PROGRESS, "already connecting to " + peer);
            }
            links.connect(remote, peer).whenComplete((link, failure) -> {
                connecting.remove(peer);
                if (failure == null && sendUpdate) {
                    links.updateRequested(peer);
                }
            });
        } else if (sendUpdate) {
            links.updateRequested(peer);
        }
        return CompletableFuture.completedFuture(new AttachAns(answer));
    }

    /**
     * Attaches through {@code firstHop}, a directly connected node, to the peer responsible for
     * {@code target}: the request's destination list names the first hop, then the target, so it
     * leaves over that link whatever the topology says (11.4: a joining node "MUST first form the
     * DTLS or TLS connection to the bootstrap node and then send an Attach request over this
     * connection"). It sets send_update, so that the admitting peer sends its routing state once
     * linked (the procedure 10.5 recommends).
     */
    CompletionStage<NodeId> attachVia(NodeId firstHop, Identifier<?> target) {
        AttachReqAns offer;
        try {
            offer = parameters("passive", true);
        } catch (ReloadException e) {
            return CompletableFuture.failedFuture(e);
        }
        List<Destination> route = List.of(Destination.node(firstHop), OutgoingRequest.destinationOf(target));
        return originate.apply(OutgoingRequest.via(route, new AttachReq(offer)))
                .thenCompose(answer -> linkTo(answer.responder().nodeId()));
    }

    /** A link to {@code peer} came up: attaches waiting for it complete. */
    void linkUp(NodeId peer) {
        List<CompletableFuture<NodeId>> waiters = waiting.remove(peer);
        if (waiters != null) {
            waiters.forEach(w -> w.complete(peer));
        }
    }

    private CompletionStage<NodeId> linkTo(NodeId peer) {
        if (connections.entry(peer).isPresent()) {
            return CompletableFuture.completedFuture(peer);
        }
        CompletableFuture<NodeId> up = new CompletableFuture<>();
        waiting.computeIfAbsent(peer, p -> new ArrayList<>()).add(up);
        Scheduler.Timer timer = scheduler.schedule(AnsweredRequests.REQUEST_LIFETIME, () -> {
            List<CompletableFuture<NodeId>> waiters = waiting.get(peer);
            if (waiters != null && waiters.remove(up)) {
                up.completeExceptionally(new ReloadException(ErrorCode.ERROR_REQUEST_TIMEOUT,
                        "no link from " + peer + " after its Attach answer"));
            }
        });
        up.whenComplete((p, failure) -> timer.cancel());
        return up;
    }

    private AttachReqAns parameters(String role) throws ReloadException {
        return parameters(role, false);
    }

    private AttachReqAns parameters(String role, boolean sendUpdate) throws ReloadException {
        InetSocketAddress local = links.localAddress().orElseThrow(() -> new ReloadException(
                ErrorCode.ERROR_INCOMPATIBLE_WITH_OVERLAY, "this node accepts no links, so it has no candidate"));
        IceCandidate host = new IceCandidate(IpAddressPort.of(local), links.linkType(), Opaque.utf8("1"),
                (long) 126 << 24, CandidateType.HOST, Optional.empty(), List.of());
        return new AttachReqAns(Opaque.utf8(randomHex(4)), Opaque.utf8(randomHex(12)), Opaque.utf8(role),
                List.of(host), sendUpdate);
    }

    private String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}

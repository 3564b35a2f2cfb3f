package org.reloadj.core.node;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Identifier;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.registry.ProbeInformationType;
import org.reloadj.api.topology.Topology;
import org.reloadj.wire.body.JoinAns;
import org.reloadj.wire.body.JoinReq;
import org.reloadj.wire.body.LeaveAns;
import org.reloadj.wire.body.LeaveReq;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.ProbeAns;
import org.reloadj.wire.body.ProbeInformation;
import org.reloadj.wire.body.ProbeReq;
import org.reloadj.wire.body.RouteQueryAns;
import org.reloadj.wire.body.RouteQueryReq;
import org.reloadj.wire.body.UpdateAns;
import org.reloadj.wire.body.UpdateReq;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.Destination;

/**
 * The overlay-management requests (RFC 6940, 6.4.2): Join, Leave, Update and RouteQuery go to the
 * {@link Topology} after the checks the RFC puts on the receiver; Probe is answered here from the
 * topology's share of the overlay, the number of stored resources and the node's uptime.
 */
final class TopologyRequests {
    private static final long UINT32_MAX = 0xFFFF_FFFFL;

    private final Topology topology;
    private final WireContext context;
    private final LongSupplier resourceCount;
    private final Clock clock;
    private final Instant started;

    TopologyRequests(Topology topology, WireContext context, LongSupplier resourceCount, Clock clock) {
        this.topology = topology;
        this.context = context;
        this.resourceCount = resourceCount;
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Join (6.4.2.1): the joining peer's Node-ID must be the one that signed the request. */
    CompletionStage<MessageBody> join(IncomingRequest request) throws ReloadException {
        JoinReq join = (JoinReq) request.decodeBody(context);
        if (!join.joiningPeerId().equals(request.sender().nodeId())) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN,
                    "joining_peer_id " + join.joiningPeerId() + " is not the signer " + request.sender().nodeId());
        }
        return done(new JoinAns(topology.onJoin(join.joiningPeerId(), join.overlaySpecificData())));
    }

    /**
     * Leave (6.4.2.2): the leaving peer's Node-ID must be the signer's, and the request must come
     * over the link bound to it.
     */
    CompletionStage<MessageBody> leave(IncomingRequest request) throws ReloadException {
        LeaveReq leave = (LeaveReq) request.decodeBody(context);
        if (!leave.leavingPeerId().equals(request.sender().nodeId()) || !request.cameDirectlyFrom(leave.leavingPeerId())) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN,
                    "a Leave comes from the leaving peer itself, over its own link");
        }
        topology.onLeave(leave.leavingPeerId(), leave.overlaySpecificData());
        return done(new LeaveAns());
    }

    /** Update (6.4.2.3): overlay specific, all for the topology. */
    CompletionStage<MessageBody> update(IncomingRequest request) throws ReloadException {
        UpdateReq update = (UpdateReq) request.decodeBody(context);
        return done(new UpdateAns(topology.onUpdate(request.sender().nodeId(), update.data())));
    }

    /** RouteQuery (6.4.2.4): for a Node-ID or Resource-ID destination. */
    CompletionStage<MessageBody> routeQuery(IncomingRequest request) throws ReloadException {
        RouteQueryReq query = (RouteQueryReq) request.decodeBody(context);
        Identifier<?> destination;
        if (query.destination() instanceof Destination.Node n) {
            destination = n.nodeId();
        } else if (query.destination() instanceof Destination.Resource r) {
            destination = r.resourceId();
        } else {
            throw new ReloadException(ErrorCode.ERROR_INVALID_MESSAGE, "a RouteQuery for an opaque destination");
        }
        Opaque answer = topology.onRouteQuery(request.sender().nodeId(), query.sendUpdate(), destination,
                query.overlaySpecificData());
        return done(new RouteQueryAns(answer));
    }

    /**
     * Probe (6.4.2.5): the requested values this node knows, in the requested order; types it does
     * not know are left out ("Any other values MUST NOT be returned").
     */
    CompletionStage<MessageBody> probe(IncomingRequest request) throws ReloadException {
        ProbeReq probe = (ProbeReq) request.decodeBody(context);
        List<ProbeInformation> info = new ArrayList<>();
        for (int type : probe.requestedInfo()) {
            if (type == ProbeInformationType.RESPONSIBLE_SET.code()) {
                info.add(ProbeInformation.of(ProbeInformationType.RESPONSIBLE_SET,
                        uint32(topology.responsiblePartsPerBillion())));
            } else if (type == ProbeInformationType.NUM_RESOURCES.code()) {
                info.add(ProbeInformation.of(ProbeInformationType.NUM_RESOURCES, uint32(resourceCount.getAsLong())));
            } else if (type == ProbeInformationType.UPTIME.code()) {
                long seconds = Duration.between(started, clock.instant()).toSeconds();
                info.add(ProbeInformation.of(ProbeInformationType.UPTIME, uint32(seconds)));
            }
        }
        return done(new ProbeAns(info));
    }

    private static long uint32(long v) {
        return Math.max(0, Math.min(UINT32_MAX, v));
    }

    private static CompletionStage<MessageBody> done(MessageBody body) {
        return CompletableFuture.completedFuture(body);
    }
}

package org.reloadj.core.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.registry.ForwardingOptionFlag;
import org.reloadj.core.time.Scheduler;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ForwardingOption;
import org.reloadj.wire.message.ReloadMessage;

/**
 * Moves messages on (RFC 6940, 6.1 and 6.2): asks the {@link Router} what to do with each and does
 * it. Forwarding follows symmetric recursive routing with the via-list strategy of 6.1.2: a request
 * leaves with the previous hop appended to its via list (or, with via-list compression, the 16-bit
 * id of that connection) and its TTL decremented; a request of this node's own that came back to it
 * leaves with an empty via list instead, so that its answer does not name this node twice. A forwarding peer refuses a request whose TTL has
 * run out (Error_TTL_Exceeded, 6.3.2) or which carries a FORWARD_CRITICAL option it does not
 * understand (Error_Unsupported_Forwarding_Option, 6.3.2.3). Messages this node originates leave
 * with their TTL and via list as built; those for this node itself are delivered on the next turn
 * of the event loop.
 */
final class Forwarder {
    /** Where messages for this node go: the local delivery. */
    @FunctionalInterface
    interface LocalSink {
        /** Delivers {@code envelope}, received from {@code from} (empty: sent by this node). */
        void deliver(Envelope envelope, Optional<ConnectionTable.Entry> from);
    }

    private final NodeSettings settings;
    private final Router router;
    private final Transmitter transmitter;
    private final ResponseBuilder responses;
    private final DropCounter drops;
    private final Scheduler scheduler;
    private final LocalSink local;

    Forwarder(NodeSettings settings, Router router, Transmitter transmitter, ResponseBuilder responses,
            DropCounter drops, Scheduler scheduler, LocalSink local) {
        this.settings = settings;
        this.router = router;
        this.transmitter = transmitter;
        this.responses = responses;
        this.drops = drops;
        this.scheduler = scheduler;
        this.local = local;
    }

    /** Sends a message this node made: a request, a response or an error. */
    void originate(ReloadMessage message) {
        handle(Envelope.of(message), Optional.empty());
    }

    /** Routes a message received from {@code from} (empty: made by this node). */
    void handle(Envelope envelope, Optional<ConnectionTable.Entry> from) {
        Router.Route route = router.route(envelope.header());
        if (route instanceof Router.Route.Deliver d) {
            Envelope here = envelope.withHeader(d.header());
            if (from.isEmpty()) {
                scheduler.schedule(Duration.ZERO, () -> local.deliver(here, from));
            } else {
                local.deliver(here, from);
            }
        } else if (route instanceof Router.Route.Forward f) {
            forward(envelope.withHeader(f.header()), from, f.hops());
        } else {
            Router.Route.Drop drop = (Router.Route.Drop) route;
            drops.drop(drop.reason(), drop.detail());
        }
    }

    /**
     * Answers a request with an error from this node; drops a response or fragment, which is never
     * answered.
     */
    void reject(Envelope envelope, Optional<ConnectionTable.Entry> from, ErrorCode code, String info) {
        if (envelope.isRequest()) {
            originate(responses.error(envelope.header(), from, code, info));
        } else {
            drops.drop(DropReason.UNANSWERABLE, code.rfcName() + ": " + info);
        }
    }

    private void forward(Envelope envelope, Optional<ConnectionTable.Entry> from, List<ConnectionTable.Entry> hops) {
        Envelope out = envelope;
        if (from.isPresent()) {
            ForwardingHeader h = envelope.header();
            if (settings.client()) {
                drops.drop(DropReason.CLIENT_DOES_NOT_ROUTE, "transaction " + Long.toHexString(h.transactionId()));
                return;
            }
            if (h.ttl() == 0) {
                reject(envelope, from, ErrorCode.ERROR_TTL_EXCEEDED, "the TTL ran out at " + settings.nodeId());
                return;
            }
            Optional<ForwardingOption> unknown = Criticality.firstUnknown(h.options(),
                    ForwardingOptionFlag.FORWARD_CRITICAL);
            if (unknown.isPresent()) {
                reject(envelope, from, ErrorCode.ERROR_UNSUPPORTED_FORWARDING_OPTION,
                        "forwarding option of type " + unknown.get().type() + " is not supported");
                return;
            }
            out = envelope.withHeader(onward(h, from.get(), !envelope.isResponse()));
        }
        for (ConnectionTable.Entry hop : hops) {
            transmitter.send(out, hop);
        }
    }

    private ForwardingHeader onward(ForwardingHeader h, ConnectionTable.Entry previous, boolean appendVia) {
        ForwardingHeader next = h.withTtl(h.ttl() - 1);
        if (!appendVia) {
            return next;
        }
        List<Destination> via = new ArrayList<>(h.viaList());
        if (!via.isEmpty() && via.get(0).equals(Destination.node(settings.nodeId()))) {
            // this node's own request came back to it, as partition detection's Ping for this
            // node's id + 1 does where the overlay is whole (10.7.4.4): the loop is cut, so that the
            // answer comes straight back instead of naming this node twice, which is refused (13.6.5)
            via.clear();
        } else {
            via.add(settings.compressViaList() ? previous.compressedId() : Destination.node(previous.nodeId()));
        }
        return next.withLists(via, h.destinationList());
    }
}

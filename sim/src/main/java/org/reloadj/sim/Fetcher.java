package org.reloadj.sim;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.core.node.Answer;
import org.reloadj.core.node.NodeSettings;
import org.reloadj.core.node.OutgoingRequest;
import org.reloadj.wire.body.FetchAns;
import org.reloadj.wire.body.FetchReq;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.storage.FetchKindResponse;
import org.reloadj.wire.storage.ModelSpecifier;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataSpecifier;

/**
 * A Fetch of the simulation's item kind at one Resource-ID (RFC 6940, 7.4.2), routed by the overlay
 * from one peer to whichever peer takes it as responsible, and what came back: who answered, over
 * how many hops, and the value if one is stored there.
 *
 * <p>The hops are read from the answer: the responder addresses it along the request's via list
 * reversed (6.2.2) with the TTL at initial-ttl, and each peer that forwards it takes one off
 * (6.3.2), so initial-ttl less the TTL that arrives is the number of peers between; the request
 * crossed one link more. An answer from the asking peer itself crossed none.
 */
final class Fetcher {
    private final WireContext context;

    /** Reads answers with the item kind's data model. */
    Fetcher(WireContext context) {
        this.context = context;
    }

    /**
     * What a Fetch brought back.
     *
     * @param responder the peer that answered
     * @param hops      the overlay links the request crossed
     * @param value     the item stored there, if any
     */
    record Outcome(NodeId responder, int hops, Optional<Opaque> value) {
    }

    /** Fetches the item at {@code resource} from {@code from}. */
    CompletionStage<Outcome> fetch(SimPeer from, ResourceId resource) {
        FetchReq request = new FetchReq(resource, List.of(new StoredDataSpecifier(Items.KIND.id(), 0,
                new ModelSpecifier.SingleValue())));
        return from.send(OutgoingRequest.to(resource, request)).thenCompose(answer -> {
            try {
                return CompletableFuture.completedFuture(outcome(from, answer));
            } catch (ReloadException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    private Outcome outcome(SimPeer from, Answer answer) throws ReloadException {
        NodeId responder = answer.responder().nodeId();
        int hops = responder.equals(from.id()) ? 0
                : NodeSettings.DEFAULT_INITIAL_TTL - answer.message().header().ttl() + 1;
        FetchAns body = (FetchAns) answer.decodeBody(context);
        Optional<Opaque> value = body.kindResponses().stream().map(FetchKindResponse::values).flatMap(List::stream)
                .map(StoredData::value).filter(v -> v.value().exists()).map(v -> v.value().value()).findFirst();
        return new Outcome(responder, hops, value);
    }
}

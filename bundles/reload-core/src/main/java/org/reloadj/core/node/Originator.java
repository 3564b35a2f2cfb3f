package org.reloadj.core.node;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;
import org.reloadj.api.overlay.ErrorResponseException;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.core.time.Scheduler;
import org.reloadj.core.transaction.TransactionManager;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.ErrorResponse;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ReloadMessage;

/**
 * Originates requests and matches their responses (RFC 6940, 6.2.1): a random transaction id,
 * TTL initial-ttl, this node's configuration sequence (65535 on a ConfigUpdate, so that the
 * receiver accepts it whatever its own, 6.3.2.1), the node's max_response_length; signed, then
 * handed to the {@link TransactionManager}, which retransmits it and times it out.
 *
 * <p>A response completes the request only if it verified at this node and, when it is an answer,
 * the {@link MessageSecurity#checkResponder} accepts its signer for the request's destination
 * (6.3.4; error responses, which forwarding peers also send, are taken from any signer). An error
 * response fails the stage with an {@link ErrorResponseException} of its error code and
 * error_info; an answer longer than the max_response_length
 * asked for fails it with Error_Response_Too_Large.
 */
final class Originator {
    private final NodeSettings settings;
    private final ConfigurationSource configuration;
    private final MessageSecurity security;
    private final RandomGenerator random;
    private final DropCounter drops;
    private final WireContext context;
    private final TransactionManager transactions;
    private final Map<Long, Pending> pending = new HashMap<>();

    Originator(NodeSettings settings, ConfigurationSource configuration, MessageSecurity security,
            RandomGenerator random, Scheduler scheduler, DropCounter drops, Consumer<ReloadMessage> transmit) {
        this.settings = settings;
        this.configuration = configuration;
        this.security = security;
        this.random = random;
        this.drops = drops;
        this.context = settings.wireContext();
        this.transactions = new TransactionManager(scheduler, settings.reliabilityTimer(),
                TransactionManager.MAX_TRANSMISSIONS, transmit);
    }

    /** Sends {@code request}; completes with its answer or fails with a {@link ReloadException}. */
    CompletionStage<Answer> send(OutgoingRequest request) {
        long id = random.nextLong();
        while (pending.containsKey(id)) {
            id = random.nextLong();
        }
        int code = request.contents().messageCode();
        int sequence = code == MessageCode.CONFIG_UPDATE_REQ.code() ? ConfigSequence.ANY : configuration.sequence();
        ForwardingHeader h = new ForwardingHeader(settings.overlayHash(), sequence, settings.initialTtl(),
                ForwardingHeader.UNFRAGMENTED, id, settings.maxResponseLength(), List.of(), request.destinations(),
                request.options());
        ReloadMessage signed = security.sign(new ReloadMessage(h, request.contents(),
                Unsigned.with(request.certificates())));
        Pending p = new Pending(request.destinations().get(request.destinations().size() - 1));
        long txid = id;
        pending.put(txid, p);
        CompletableFuture<Answer> result = new CompletableFuture<>();
        transactions.send(signed).whenComplete((response, failure) -> {
            pending.remove(txid);
            if (failure != null) {
                result.completeExceptionally(Failures.cause(failure));
                return;
            }
            try {
                result.complete(toAnswer(code, response, p.responder));
            } catch (ReloadException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Hands a verified response to its transaction. */
    void onResponse(ReloadMessage response, VerifiedSender sender) {
        long id = response.header().transactionId();
        Pending p = pending.get(id);
        if (p == null) {
            drops.drop(DropReason.UNEXPECTED_RESPONSE, "no request pending for transaction " + Long.toHexString(id));
            return;
        }
        if (!response.contents().isError() && isNodeOrResource(p.target)) {
            try {
                security.checkResponder(sender, p.target);
            } catch (ReloadException e) {
                drops.drop(DropReason.UNEXPECTED_RESPONSE, e.getMessage());
                return;
            }
        }
        p.responder = sender;
        transactions.onResponse(response);
    }

    /** The number of requests waiting for a response. */
    int pending() {
        return pending.size();
    }

    private Answer toAnswer(int requestCode, ReloadMessage response, VerifiedSender responder) throws ReloadException {
        if (response.contents().isError()) {
            ErrorResponse error = (ErrorResponse) BodyCodec.decode(response.contents(), context);
            ErrorCode code = error.error().orElseThrow(() -> new ReloadException(ErrorCode.ERROR_INVALID_MESSAGE,
                    "unknown error code " + error.errorCode() + ": " + error.errorInfo().toUtf8()));
            throw new ErrorResponseException(code, error.errorInfo());
        }
        if (response.contents().messageCode() != requestCode + 1) {
            throw new ReloadException(ErrorCode.ERROR_INVALID_MESSAGE, "answer of code 0x"
                    + Integer.toHexString(response.contents().messageCode()) + " to a request of code 0x"
                    + Integer.toHexString(requestCode));
        }
        long limit = settings.maxResponseLength();
        if (limit > 0) {
            int length = Envelope.of(response).encode().length;
            if (length > limit) {
                throw new ReloadException(ErrorCode.ERROR_RESPONSE_TOO_LARGE,
                        "answer of " + length + " bytes exceeds max_response_length " + limit);
            }
        }
        return new Answer(response, responder);
    }

    private static boolean isNodeOrResource(Destination d) {
        return d instanceof Destination.Node || d instanceof Destination.Resource;
    }

    /** What the node remembers of a pending request. */
    private static final class Pending {
        final Destination target;
        VerifiedSender responder;

        Pending(Destination target) {
            this.target = target;
        }
    }
}

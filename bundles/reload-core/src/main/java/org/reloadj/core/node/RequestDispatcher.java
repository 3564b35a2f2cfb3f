package org.reloadj.core.node;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.reloadj.api.Cancellable;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.ReloadException;
import org.reloadj.api.overlay.ErrorResponseException;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.core.transaction.AnsweredRequests;
import org.reloadj.wire.body.ErrorResponse;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ReloadMessage;

/**
 * Processes verified requests addressed to this node (RFC 6940, 6.1.1 and 6.3.3.1): a
 * retransmission of a request already answered gets the remembered response again, re-addressed
 * to the path it came by (6.2.1); one still being processed is dropped, its answer being on the
 * way. Otherwise the {@link DestinationChecks} run, then the {@link RequestHandler} registered for
 * the message code; the outcome becomes a signed response, remembered and routed back. A request
 * whose configuration is older than this node's also gets a ConfigUpdate (6.3.2.1, 6.5.4).
 * A code without a handler is answered with Error_Invalid_Message. A handler's
 * {@link ErrorResponseException} is answered with its error_info as it is (a structure such as the
 * unknown kinds of 7.4.1.2); any other {@link ReloadException} with its message as UTF-8 text.
 */
final class RequestDispatcher {
    private static final System.Logger LOG = System.getLogger("org.reloadj.core.node");

    private final ResponseBuilder responses;
    private final DestinationChecks checks;
    private final AnsweredRequests answered;
    private final DropCounter drops;
    private final Consumer<ReloadMessage> send;
    private final Consumer<List<Destination>> configPush;
    private final Map<Integer, RequestHandler> handlers = new HashMap<>();
    private final Set<Long> inProgress = new HashSet<>();

    RequestDispatcher(ResponseBuilder responses, DestinationChecks checks, AnsweredRequests answered,
            DropCounter drops, Consumer<ReloadMessage> send, Consumer<List<Destination>> configPush) {
        this.responses = responses;
        this.checks = checks;
        this.answered = answered;
        this.drops = drops;
        this.send = send;
        this.configPush = configPush;
    }

    /** Routes requests with {@code code} to {@code handler}, in place of any earlier one. */
    Cancellable register(MessageCode code, RequestHandler handler) {
        if (!code.isRequest()) {
            throw new IllegalArgumentException(code + " is not a request");
        }
        handlers.put(code.code(), handler);
        return () -> handlers.remove(code.code(), handler);
    }

    /** Processes {@code request}, signed by {@code sender}, received from {@code from}. */
    void dispatch(ReloadMessage request, VerifiedSender sender, Optional<ConnectionTable.Entry> from) {
        ForwardingHeader h = request.header();
        long id = h.transactionId();
        Optional<ReloadMessage> earlier = answered.responseTo(id);
        if (earlier.isPresent()) {
            send.accept(responses.readdress(earlier.get(), h, from));
            return;
        }
        if (!inProgress.add(id)) {
            drops.drop(DropReason.REQUEST_IN_PROGRESS, "transaction " + Long.toHexString(id));
            return;
        }
        try {
            checks.check(request);
        } catch (ReloadException e) {
            finish(request, from, null, e);
            if (e.errorCode() == ErrorCode.ERROR_CONFIG_TOO_OLD) {
                configPush.accept(responses.destinations(h, from));
            }
            return;
        }
        handle(request, sender, from).whenComplete((body, failure) -> finish(request, from, body, failure));
    }

    private CompletionStage<MessageBody> handle(ReloadMessage request, VerifiedSender sender,
            Optional<ConnectionTable.Entry> from) {
        int code = request.contents().messageCode();
        RequestHandler handler = handlers.get(code);
        if (handler == null) {
            return CompletableFuture.failedFuture(new ReloadException(ErrorCode.ERROR_INVALID_MESSAGE,
                    "this node does not handle message code 0x" + Integer.toHexString(code)));
        }
        try {
            return handler.handle(new IncomingRequest(request, sender, from.map(ConnectionTable.Entry::nodeId)));
        } catch (ReloadException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void finish(ReloadMessage request, Optional<ConnectionTable.Entry> from, MessageBody body,
            Throwable failure) {
        ForwardingHeader h = request.header();
        int expected = request.contents().messageCode() + 1;
        ReloadMessage response;
        if (failure == null && body != null && (body.messageCode() == expected || body.messageCode() == MessageCode.ERROR.code())) {
            response = responses.answer(h, from, body);
        } else {
            Throwable cause = Failures.cause(failure);
            if (cause instanceof ErrorResponseException e) {
                response = responses.answer(h, from, new ErrorResponse(e.errorCode().code(), e.errorInfo()));
            } else if (cause instanceof ReloadException e) {
                response = responses.error(h, from, e.errorCode(), String.valueOf(e.getMessage()));
            } else {
                LOG.log(Level.WARNING, "the handler of message code 0x"
                        + Integer.toHexString(expected - 1) + " failed", cause);
                response = responses.error(h, from, ErrorCode.ERROR_INVALID_MESSAGE, "the request could not be processed");
            }
        }
        inProgress.remove(h.transactionId());
        answered.remember(h.transactionId(), response);
        send.accept(response);
    }
}

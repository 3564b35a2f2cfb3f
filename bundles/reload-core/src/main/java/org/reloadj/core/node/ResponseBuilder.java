package org.reloadj.core.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.NodeId;
import org.reloadj.api.registry.ForwardingOptionFlag;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.ErrorResponse;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.ForwardingOption;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;

/**
 * Builds the signed responses this node sends (RFC 6940, 6.2.2 and 6.3.3.1): same transaction id
 * as the request, a destination list that is the previous hop followed by the request's via list
 * reversed (6.1.2: "equal to the concatenation of the Node-ID of the node from which the request
 * was received with the Via List"), the request's RESPONSE_COPY options with the three flags
 * cleared (6.3.2.3), and this node's configuration sequence and initial TTL. A
 * {@link CertifiedBody}'s certificates go into the security block (6.3.4).
 *
 * <p>A request's non-zero max_response_length is honoured (6.3.2): an answer that would exceed it
 * is replaced by an error. Which error: 6.3.2 says responders "generate an
 * Error_Incompatible_with_Overlay value", while 6.3.3.1 defines Error_Response_Too_Large for the
 * same case; this node follows the normative text of 6.3.2, in {@link #RESPONSE_TOO_LONG}.
 */
final class ResponseBuilder {
    /** The error for an answer longer than the request's max_response_length (6.3.2). */
    static final ErrorCode RESPONSE_TOO_LONG = ErrorCode.ERROR_INCOMPATIBLE_WITH_OVERLAY;

    private static final int FLAGS = ForwardingOptionFlag.FORWARD_CRITICAL.mask()
            | ForwardingOptionFlag.DESTINATION_CRITICAL.mask() | ForwardingOptionFlag.RESPONSE_COPY.mask();

    private final NodeSettings settings;
    private final ConfigurationSource configuration;
    private final MessageSecurity security;

    ResponseBuilder(NodeSettings settings, ConfigurationSource configuration, MessageSecurity security) {
        this.settings = settings;
        this.configuration = configuration;
        this.security = security;
    }

    /**
     * The signed answer with {@code body} (an {@link ErrorResponse} makes an error response) to the
     * request with header {@code request}, received from {@code from}.
     */
    ReloadMessage answer(ForwardingHeader request, Optional<ConnectionTable.Entry> from, MessageBody body) {
        ReloadMessage response = sign(request, from, body);
        long limit = request.maxResponseLength();
        if (limit > 0 && !isError(response)) {
            int length = Envelope.of(response).encode().length;
            if (length > limit) {
                return error(request, from, RESPONSE_TOO_LONG,
                        "the answer has " + length + " bytes, more than max_response_length " + limit);
            }
        }
        return response;
    }

    /** The signed error response with {@code code} and UTF-8 {@code info}. */
    ReloadMessage error(ForwardingHeader request, Optional<ConnectionTable.Entry> from, ErrorCode code, String info) {
        return sign(request, from, ErrorResponse.of(code, info));
    }

    /**
     * A remembered response sent back along the path of a retransmitted request: only the lists
     * change, which the signature does not cover (6.3.4).
     */
    ReloadMessage readdress(ReloadMessage response, ForwardingHeader request, Optional<ConnectionTable.Entry> from) {
        ForwardingHeader h = response.header().withLists(List.of(), destinations(request, from))
                .withTtl(settings.initialTtl());
        return new ReloadMessage(h, response.contents(), response.security());
    }

    /** The destination list of a response to {@code request} received from {@code from} (6.2.2). */
    List<Destination> destinations(ForwardingHeader request, Optional<ConnectionTable.Entry> from) {
        List<Destination> list = new ArrayList<>(request.viaList().size() + 1);
        from.ifPresent(e -> list.add(Destination.node(e.nodeId())));
        List<Destination> via = new ArrayList<>(request.viaList());
        Collections.reverse(via);
        list.addAll(via);
        if (list.isEmpty()) {
            list.add(Destination.node(self()));
        }
        return list;
    }

    private NodeId self() {
        return settings.nodeId();
    }

    private ReloadMessage sign(ForwardingHeader request, Optional<ConnectionTable.Entry> from, MessageBody body) {
        ForwardingHeader h = new ForwardingHeader(settings.overlayHash(), configuration.sequence(),
                settings.initialTtl(), ForwardingHeader.UNFRAGMENTED, request.transactionId(), 0, List.of(),
                destinations(request, from), copiedOptions(request.options()));
        MessageContents contents = BodyCodec.contents(body);
        List<GenericCertificate> carried = body instanceof CertifiedBody c ? c.certificates() : List.of();
        return security.sign(new ReloadMessage(h, contents, Unsigned.with(carried)));
    }

    private static List<ForwardingOption> copiedOptions(List<ForwardingOption> options) {
        return options.stream().filter(o -> o.has(ForwardingOptionFlag.RESPONSE_COPY))
                .map(o -> new ForwardingOption(o.type(), o.flags() & ~FLAGS, o.value())).toList();
    }

    private static boolean isError(ReloadMessage m) {
        return m.contents().isError();
    }
}

package org.reloadj.core.node;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.reloadj.api.ErrorCode;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;

/**
 * The first look at bytes from a link (RFC 6940, 6.1): decode the forwarding header only, then
 * check what makes a message one this node can process at all, before the destination list is
 * examined. A header that does not parse (relo_token, version, lengths) and a message of another
 * overlay are dropped; a request larger than max-message-size is refused with
 * Error_Message_Too_Large (6.6), one with a TTL above initial-ttl with Error_TTL_Exceeded (6.3.2),
 * and one whose destination list repeats a Node-ID or Resource-ID with Error_Invalid_Message
 * (13.6.5). A client's request that the {@link ClientAdmission} refuses is answered with
 * Error_Forbidden (4.2, clients-permitted).
 */
final class Receiver {
    private final NodeSettings settings;
    private final WireContext context;
    private final Forwarder forwarder;
    private final DropCounter drops;
    private final ClientAdmission admission;

    Receiver(NodeSettings settings, Forwarder forwarder, DropCounter drops, ClientAdmission admission) {
        this.settings = settings;
        this.context = settings.wireContext();
        this.forwarder = forwarder;
        this.drops = drops;
        this.admission = admission;
    }

    /** Handles one message that arrived over the link of {@code from}. */
    void receive(byte[] bytes, ConnectionTable.Entry from) {
        Envelope envelope;
        try {
            envelope = Envelope.decode(bytes, context);
        } catch (WireException e) {
            drops.drop(DropReason.MALFORMED, e.getMessage());
            return;
        }
        ForwardingHeader h = envelope.header();
        Optional<ConnectionTable.Entry> source = Optional.of(from);
        if (h.overlay() != settings.overlayHash()) {
            drops.drop(DropReason.WRONG_OVERLAY, String.format("overlay 0x%08x", h.overlay()));
        } else if (bytes.length > settings.maxMessageSize()) {
            forwarder.reject(envelope, source, ErrorCode.ERROR_MESSAGE_TOO_LARGE,
                    "message of " + bytes.length + " bytes exceeds max-message-size " + settings.maxMessageSize());
        } else if (h.ttl() > settings.initialTtl()) {
            forwarder.reject(envelope, source, ErrorCode.ERROR_TTL_EXCEEDED,
                    "TTL " + h.ttl() + " exceeds initial-ttl " + settings.initialTtl());
        } else if (hasDuplicates(h.destinationList())) {
            forwarder.reject(envelope, source, ErrorCode.ERROR_INVALID_MESSAGE,
                    "the destination list repeats an entry");
        } else {
            Optional<String> refused = admission.refusal(envelope, from);
            if (refused.isPresent()) {
                forwarder.reject(envelope, source, ErrorCode.ERROR_FORBIDDEN, refused.get());
            } else {
                forwarder.handle(envelope, source);
            }
        }
    }

    /**
     * Whether a Node-ID or Resource-ID appears twice. Compressed and opaque ids are left out: each
     * means something only to the peer that made it, so two peers may well have made equal ones.
     */
    private static boolean hasDuplicates(List<Destination> list) {
        List<Destination> global = list.stream()
                .filter(d -> d instanceof Destination.Node || d instanceof Destination.Resource).toList();
        return new HashSet<>(global).size() != global.size();
    }
}

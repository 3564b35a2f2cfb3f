package org.reloadj.core.node;

import java.util.Optional;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.message.ReloadMessage;

/**
 * Takes in messages whose destination is this node (RFC 6940, 6.1.1 and 6.3.4): reassembles
 * fragments (6.7), parses the contents and security block, verifies the signature ("Upon receipt
 * (and fragment reassembly, if needed), the destination node MUST verify the signature"), and
 * hands requests to the {@link RequestDispatcher} and responses to the {@link Originator}. A
 * message that does not parse or verify is dropped and never processed.
 */
final class LocalDelivery {
    private final Reassembler reassembler;
    private final MessageSecurity security;
    private final Originator originator;
    private final RequestDispatcher dispatcher;
    private final DropCounter drops;

    LocalDelivery(Reassembler reassembler, MessageSecurity security, Originator originator,
            RequestDispatcher dispatcher, DropCounter drops) {
        this.reassembler = reassembler;
        this.security = security;
        this.originator = originator;
        this.dispatcher = dispatcher;
        this.drops = drops;
    }

    /** Delivers {@code envelope}, received from {@code from} (empty: sent by this node to itself). */
    void deliver(Envelope envelope, Optional<ConnectionTable.Entry> from) {
        if (!envelope.isWhole()) {
            reassembler.add(envelope, from).ifPresent(whole -> deliver(whole.envelope(), whole.from()));
            return;
        }
        ReloadMessage message;
        try {
            message = envelope.toMessage();
        } catch (WireException e) {
            drops.drop(DropReason.MALFORMED, e.getMessage());
            return;
        }
        VerifiedSender sender;
        try {
            sender = security.verify(message);
        } catch (ReloadException e) {
            drops.drop(DropReason.VERIFICATION_FAILED, e.toString());
            return;
        }
        if (message.contents().isRequest()) {
            dispatcher.dispatch(message, sender, from);
        } else {
            originator.onResponse(message, sender);
        }
    }
}

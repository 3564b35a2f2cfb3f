package org.reloadj.core.transaction;

import java.util.List;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.wire.message.Destination;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.Signature;

/** Minimal messages for transaction tests. */
final class TestMessages {
    private TestMessages() {
    }

    static ReloadMessage message(long transactionId, int code) {
        ForwardingHeader h = new ForwardingHeader(1, 0, 100, ForwardingHeader.UNFRAGMENTED, transactionId, 0,
                List.of(), List.of(Destination.node(NodeId.of(new byte[16]))), List.of());
        return new ReloadMessage(h, new MessageContents(code, Opaque.fromHex("0000")),
                new SecurityBlock(List.of(), Signature.unsigned()));
    }
}

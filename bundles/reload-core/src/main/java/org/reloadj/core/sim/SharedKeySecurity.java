package org.reloadj.core.sim;

import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.core.node.MessageSecurity;
import org.reloadj.core.node.VerifiedSender;
import org.reloadj.wire.io.WireWriter;
import org.reloadj.wire.message.ForwardingHeader;
import org.reloadj.wire.message.MessageContents;
import org.reloadj.wire.message.ReloadMessage;
import org.reloadj.wire.message.SecurityBlock;
import org.reloadj.wire.message.SignerIdentity;

/**
 * Message "signatures" for tests and simulation only: an HMAC-SHA256 with a key all nodes share,
 * over the input RFC 6940, 6.3.4 defines ({@code overlay || transaction_id || MessageContents ||
 * SignerIdentity}). The signer identity is a {@code cert_hash_node_id} whose hash algorithm is
 * none(0) and whose value is the signer's Node-ID followed by its UTF-8 user name, in place of a
 * certificate. It detects changed messages and nodes without the key, nothing more: any key holder
 * can claim any identity. Never use it in a real overlay.
 */
public final class SharedKeySecurity implements MessageSecurity {
    private final SharedKey key;
    private final NodeId self;
    private final SignerIdentity identity;

    /** Signs as {@code self} with user name {@code userName}, with the shared {@code key}. */
    public SharedKeySecurity(byte[] key, NodeId self, String userName) {
        this.key = new SharedKey(key);
        this.self = self;
        this.identity = SharedKey.identity(self, userName);
    }

    @Override
    public ReloadMessage sign(ReloadMessage unsigned) {
        return new ReloadMessage(unsigned.header(), unsigned.contents(), new SecurityBlock(
                unsigned.security().certificates(), key.sign(identity, input(unsigned.header(), unsigned.contents(), identity))));
    }

    @Override
    public VerifiedSender verify(ReloadMessage message) throws ReloadException {
        SignerIdentity claimed = message.security().signature().identity();
        return key.verify(message.security().signature(), input(message.header(), message.contents(), claimed),
                self.length());
    }

    private static Opaque input(ForwardingHeader header, MessageContents contents, SignerIdentity identity) {
        return WireWriter.encode(w -> {
            w.writeInt32(header.overlay()).writeInt64(header.transactionId());
            contents.encode(w);
            identity.encode(w);
        });
    }
}

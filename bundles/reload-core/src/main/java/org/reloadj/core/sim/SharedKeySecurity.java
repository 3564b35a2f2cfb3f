package org.reloadj.core.sim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.reloadj.api.ErrorCode;
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
import org.reloadj.wire.message.Signature;
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
    private static final int HASH_NONE = 0;
    private static final int HASH_SHA256 = 4;
    private static final int SIGNATURE_ANONYMOUS = 0;

    private final SecretKeySpec key;
    private final NodeId self;
    private final String userName;

    /** Signs as {@code self} with user name {@code userName}, with the shared {@code key}. */
    public SharedKeySecurity(byte[] key, NodeId self, String userName) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.self = self;
        this.userName = userName;
    }

    @Override
    public ReloadMessage sign(ReloadMessage unsigned) {
        byte[] who = self.bytes().toByteArray();
        byte[] user = userName.getBytes(StandardCharsets.UTF_8);
        byte[] value = new byte[who.length + user.length];
        System.arraycopy(who, 0, value, 0, who.length);
        System.arraycopy(user, 0, value, who.length, user.length);
        SignerIdentity identity = new SignerIdentity.CertHashNodeId(HASH_NONE, Opaque.of(value));
        Opaque mac = Opaque.of(mac(unsigned.header(), unsigned.contents(), identity));
        Signature signature = new Signature(HASH_SHA256, SIGNATURE_ANONYMOUS, identity, mac);
        return new ReloadMessage(unsigned.header(), unsigned.contents(), new SecurityBlock(unsigned.security().certificates(), signature));
    }

    @Override
    public VerifiedSender verify(ReloadMessage message) throws ReloadException {
        Signature signature = message.security().signature();
        int idLength = self.length();
        if (!(signature.identity() instanceof SignerIdentity.CertHashNodeId id) || id.hashAlgorithm() != HASH_NONE
                || id.hash().length() < idLength) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "not signed with a shared-key identity");
        }
        byte[] expected = mac(message.header(), message.contents(), id);
        if (!MessageDigest.isEqual(expected, signature.value().toByteArray())) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "the message signature does not verify");
        }
        Opaque user = id.hash().slice(idLength, id.hash().length() - idLength);
        return new VerifiedSender(NodeId.of(id.hash().slice(0, idLength)),
                user.isEmpty() ? Optional.empty() : Optional.of(user.toUtf8()));
    }

    private byte[] mac(ForwardingHeader header, MessageContents contents, SignerIdentity identity) {
        Opaque input = WireWriter.encode(w -> {
            w.writeInt32(header.overlay()).writeInt64(header.transactionId());
            contents.encode(w);
            identity.encode(w);
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }
}

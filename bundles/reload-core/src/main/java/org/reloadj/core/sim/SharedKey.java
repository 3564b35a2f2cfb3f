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
import org.reloadj.core.node.VerifiedSender;
import org.reloadj.wire.message.Signature;
import org.reloadj.wire.message.SignerIdentity;

/**
 * The shared-key "signature" of {@link SharedKeySecurity} and {@link SharedKeyStoredData}: an
 * HMAC-SHA256 over the input RFC 6940 defines for the real signature (6.3.4, 7.1), under a
 * {@code cert_hash_node_id} signer identity whose hash algorithm is none(0) and whose value is the
 * signer's Node-ID followed by its UTF-8 user name, in place of a certificate.
 */
final class SharedKey {
    private static final int HASH_NONE = 0;
    private static final int HASH_SHA256 = 4;
    private static final int SIGNATURE_ANONYMOUS = 0;

    private final SecretKeySpec key;

    SharedKey(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The signer identity of {@code self} with {@code userName}. */
    static SignerIdentity identity(NodeId self, String userName) {
        byte[] who = self.bytes().toByteArray();
        byte[] user = userName.getBytes(StandardCharsets.UTF_8);
        byte[] value = new byte[who.length + user.length];
        System.arraycopy(who, 0, value, 0, who.length);
        System.arraycopy(user, 0, value, who.length, user.length);
        return new SignerIdentity.CertHashNodeId(HASH_NONE, Opaque.of(value));
    }

    /** The signature of {@code input} by {@code identity}. */
    Signature sign(SignerIdentity identity, Opaque input) {
        return new Signature(HASH_SHA256, SIGNATURE_ANONYMOUS, identity, Opaque.of(mac(input)));
    }

    /**
     * Checks that {@code signature} is this key's over {@code input}, made by a shared-key identity
     * of a Node-ID of {@code idLength} bytes; returns whom the identity names.
     *
     * @throws ReloadException Error_Forbidden when it is not
     */
    VerifiedSender verify(Signature signature, Opaque input, int idLength) throws ReloadException {
        if (!(signature.identity() instanceof SignerIdentity.CertHashNodeId id) || id.hashAlgorithm() != HASH_NONE
                || id.hash().length() < idLength) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "not signed with a shared-key identity");
        }
        if (!MessageDigest.isEqual(mac(input), signature.value().toByteArray())) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "the signature does not verify");
        }
        Opaque user = id.hash().slice(idLength, id.hash().length() - idLength);
        return new VerifiedSender(NodeId.of(id.hash().slice(0, idLength)),
                user.isEmpty() ? Optional.empty() : Optional.of(user.toUtf8()));
    }

    private byte[] mac(Opaque input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }
}

package org.reloadj.security.crypto;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Optional;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.reloadj.api.Opaque;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException;

/**
 * A public key ready to check RELOAD signature values (RFC 6940, 6.3.4): converted once from its
 * JCA form to Bouncy Castle's lightweight parameters, or to a native provider's key when one is
 * installed ({@link NativeProvider}) (keep one per certificate). Thread-safe.
 */
public final class VerificationKey {
    private final LightweightKey key;
    private final Optional<JcaKey> fast;

    private VerificationKey(LightweightKey key, Optional<JcaKey> fast) {
        this.key = key;
        this.fast = fast;
    }

    /**
     * Converts a public key.
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM for an RSA key under 2048 bits or a
     *                                 key that is neither RSA nor ECDSA P-256
     */
    public static VerificationKey of(PublicKey publicKey) throws ReloadSecurityException {
        KeyAlgorithm algorithm = KeyAlgorithm.of(publicKey);
        return new VerificationKey(LightweightKey.convert(algorithm, publicKey, PublicKeyFactory::createKey),
                JcaKey.ofPublic(algorithm, publicKey));
    }

    /** The key's algorithm. */
    public KeyAlgorithm algorithm() {
        return key.algorithm();
    }

    /**
     * Whether {@code signature} is a valid signature value of {@code input} by this key. An ECDSA
     * value must be the DER encoding of (r, s) and nothing else.
     */
    public boolean verify(Opaque input, Opaque signature) {
        if (fast.isPresent()) {
            try {
                return fast.get().verify(input, signature.toByteArray());
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
        return key.signerOf(false, input).verifySignature(signature.toByteArray());
    }

    @Override
    public String toString() {
        return "VerificationKey[" + key.algorithm() + "]";
    }
}

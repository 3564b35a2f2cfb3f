package org.reloadj.security.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Optional;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.reloadj.api.Opaque;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException;

/**
 * A private key ready to make RELOAD signature values (RFC 6940, 6.3.4): converted once from its
 * JCA form to Bouncy Castle's lightweight parameters, or to a native provider's key when one is
 * installed ({@link NativeProvider}). Thread-safe.
 */
public final class SigningKey {
    private final LightweightKey key;
    private final Optional<JcaKey> fast;

    private SigningKey(LightweightKey key, Optional<JcaKey> fast) {
        this.key = key;
        this.fast = fast;
    }

    /**
     * Converts a private key.
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM for an RSA key under 2048 bits or a
     *                                 key that is neither RSA nor ECDSA P-256
     */
    public static SigningKey of(PrivateKey privateKey) throws ReloadSecurityException {
        KeyAlgorithm algorithm = KeyAlgorithm.of(privateKey);
        return new SigningKey(LightweightKey.convert(algorithm, privateKey, PrivateKeyFactory::createKey),
                JcaKey.ofPrivate(algorithm, privateKey));
    }

    /** The key's algorithm. */
    public KeyAlgorithm algorithm() {
        return key.algorithm();
    }

    /** The signature value of {@code input}: RSASSA-PKCS1-v1_5 or DER (r, s), over SHA-256. */
    public Opaque sign(Opaque input) {
        try {
            byte[] value = fast.isPresent() ? fast.get().sign(input) : key.signerOf(true, input).generateSignature();
            return Opaque.wrap(value, 0, value.length);
        } catch (CryptoException | GeneralSecurityException e) {
            throw new IllegalStateException("signing with a valid " + key.algorithm() + " key failed", e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[" + key.algorithm() + fast.map(f -> ", " + f.providerName()).orElse("") + "]";
    }
}

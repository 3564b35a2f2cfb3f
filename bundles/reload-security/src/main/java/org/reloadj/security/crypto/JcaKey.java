package org.reloadj.security.crypto;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;
import org.reloadj.api.Opaque;
import org.reloadj.security.KeyAlgorithm;

/**
 * A key held by a native JCA provider ({@link NativeProvider}) and the signature values it makes
 * and checks: the same algorithms and encodings as {@link LightweightKey} (RSASSA-PKCS1-v1_5 or
 * DER (r, s) ECDSA, over SHA-256), with random ECDSA nonces in place of RFC 6979's. Thread-safe:
 * each operation takes a {@link Signature} of its own.
 */
final class JcaKey {
    private final KeyAlgorithm algorithm;
    private final Key key;
    private final Provider provider;

    private JcaKey(KeyAlgorithm algorithm, Key key, Provider provider) {
        this.algorithm = algorithm;
        this.key = key;
        this.provider = provider;
    }

    /** {@code key} converted to the installed native provider's form, if there is one that takes it. */
    static Optional<JcaKey> ofPrivate(KeyAlgorithm algorithm, PrivateKey key) {
        return NativeProvider.installed().flatMap(provider -> convert(algorithm, provider, factory -> factory
                .generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()))));
    }

    /** {@code key} converted to the installed native provider's form, if there is one that takes it. */
    static Optional<JcaKey> ofPublic(KeyAlgorithm algorithm, PublicKey key) {
        return NativeProvider.installed().flatMap(provider -> convert(algorithm, provider, factory -> factory
                .generatePublic(new X509EncodedKeySpec(key.getEncoded()))));
    }

    @FunctionalInterface
    private interface Conversion {
        Key convert(KeyFactory factory) throws GeneralSecurityException;
    }

    private static Optional<JcaKey> convert(KeyAlgorithm algorithm, Provider provider, Conversion conversion) {
        try {
            Key converted = conversion.convert(KeyFactory.getInstance(algorithm.jcaKeyAlgorithm(), provider));
            JcaKey key = new JcaKey(algorithm, converted, provider);
            key.newSignature();
            return Optional.of(key);
        } catch (GeneralSecurityException | RuntimeException e) {
            // the provider lacks the algorithm or refuses the key: Bouncy Castle does the work
            return Optional.empty();
        }
    }

    KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** The provider's name, for logs. */
    String providerName() {
        return provider.getName();
    }

    /** The signature value of {@code input}. */
    byte[] sign(Opaque input) throws GeneralSecurityException {
        Signature signature = newSignature();
        signature.initSign((PrivateKey) key);
        feed(signature, input);
        return signature.sign();
    }

    /**
     * Whether {@code value} is a signature of {@code input} by this key. An ECDSA value must be
     * the DER encoding of (r, s) and nothing else, as {@link LightweightKey} demands.
     */
    boolean verify(Opaque input, byte[] value) throws GeneralSecurityException {
        if (algorithm == KeyAlgorithm.ECDSA_P256 && !StrictDer.isCanonicalP256(value)) {
            return false;
        }
        Signature signature = newSignature();
        signature.initVerify((PublicKey) key);
        feed(signature, input);
        return signature.verify(value);
    }

    private static void feed(Signature signature, Opaque input) {
        input.writeTo((bytes, offset, length) -> {
            try {
                signature.update(bytes, offset, length);
            } catch (java.security.SignatureException e) {
                throw new IllegalStateException("the signature was initialized", e);
            }
        });
    }

    private Signature newSignature() throws GeneralSecurityException {
        return Signature.getInstance(algorithm.jcaSignatureAlgorithm(), provider);
    }
}

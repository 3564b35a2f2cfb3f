package org.reloadj.security.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException;

/** Fresh key pairs of a {@link KeyAlgorithm}, from a strong random source. */
public final class KeyPairs {
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyPairs() {
    }

    /** A new key pair: RSA with 2048-bit modulus and exponent 65537, or ECDSA on P-256. */
    public static KeyPair generate(KeyAlgorithm algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.jcaKeyAlgorithm());
            if (algorithm == KeyAlgorithm.ECDSA_P256) {
                generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            } else {
                generator.initialize(new RSAKeyGenParameterSpec(algorithm.keyBits(), RSAKeyGenParameterSpec.F4), RANDOM);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform generates " + algorithm + " keys", e);
        }
    }

    /**
     * Whether {@code privateKey} is the key of {@code publicKey}: a signature made with one
     * verifies with the other.
     *
     * @throws ReloadSecurityException when {@link KeyAlgorithm#of(PublicKey)} refuses the public key
     */
    public static boolean matches(PublicKey publicKey, PrivateKey privateKey) throws ReloadSecurityException {
        String algorithm = KeyAlgorithm.of(publicKey).jcaSignatureAlgorithm();
        byte[] probe = "reloadj key pair check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (InvalidKeyException | SignatureException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + algorithm, e);
        }
    }
}

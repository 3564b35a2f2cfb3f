package org.reloadj.security.crypto;

import java.io.IOException;
import java.security.Key;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.reloadj.api.Opaque;
import org.reloadj.security.KeyAlgorithm;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.ReloadSecurityException.Reason;

/**
 * A key converted to Bouncy Castle's lightweight parameters, and the signers of its algorithm:
 * RSASSA-PKCS1-v1_5 with SHA-256 (RFC 8017, 8.2), or ECDSA with SHA-256 and deterministic nonces
 * (RFC 6979) whose value is the DER {@code SEQUENCE {r INTEGER, s INTEGER}} (RFC 4492, 5.4);
 * decoding refuses any other encoding of (r, s).
 */
record LightweightKey(KeyAlgorithm algorithm, AsymmetricKeyParameter parameters) {

    /** Converts the encoded form of a JCA key. */
    @FunctionalInterface
    interface Converter {
        AsymmetricKeyParameter convert(byte[] encoded) throws IOException;
    }

    /**
     * Converts {@code key} of {@code algorithm}.
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM when the encoding cannot be read
     */
    static LightweightKey convert(KeyAlgorithm algorithm, Key key, Converter converter) throws ReloadSecurityException {
        try {
            return new LightweightKey(algorithm, converter.convert(key.getEncoded()));
        } catch (IOException | RuntimeException e) {
            throw new ReloadSecurityException(Reason.UNSUPPORTED_ALGORITHM, "unreadable " + algorithm + " key", e);
        }
    }

    /** A new signer (they hold state: one per operation) initialized with this key, fed {@code input}. */
    Signer signerOf(boolean forSigning, Opaque input) {
        Signer signer = switch (algorithm) {
            case RSA_2048 -> new RSADigestSigner(new SHA256Digest());
            case ECDSA_P256 -> new DSADigestSigner(new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest())),
                    new SHA256Digest(), StandardDSAEncoding.INSTANCE);
        };
        signer.init(forSigning, parameters);
        input.writeTo(signer::update);
        return signer;
    }
}

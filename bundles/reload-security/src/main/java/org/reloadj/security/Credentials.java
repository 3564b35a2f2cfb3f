package org.reloadj.security;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * What a node signs with (RFC 6940, 6.3.4 and 11.3): its private key, its node certificate and
 * the chain to send with its signatures.
 *
 * @param privateKey  the private key of the certificate's public key
 * @param certificate the node certificate
 * @param chain       the certificates a verifier needs: the node certificate first, then the
 *                    intermediate certificates up to (not including) a root
 */
public record Credentials(PrivateKey privateKey, ReloadCertificate certificate, List<X509Certificate> chain) {

    /**
     * Checks the chain starts with the certificate and the private key belongs to the
     * certificate's public key.
     *
     * @throws IllegalArgumentException when they do not fit together
     */
    public Credentials {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        chain = List.copyOf(chain);
        if (chain.isEmpty() || !chain.get(0).equals(certificate.x509())) {
            throw new IllegalArgumentException("the chain must start with the node certificate");
        }
        if (!keysMatch(privateKey, certificate.x509())) {
            throw new IllegalArgumentException("the private key does not belong to the certificate's public key");
        }
    }

    /** Credentials of a certificate sent alone (self-signed, or issued directly by a root). */
    public static Credentials of(PrivateKey privateKey, ReloadCertificate certificate) {
        return new Credentials(privateKey, certificate, List.of(certificate.x509()));
    }

    private static boolean keysMatch(PrivateKey privateKey, X509Certificate cert) {
        if (privateKey instanceof RSAKey priv && cert.getPublicKey() instanceof RSAKey pub) {
            return priv.getModulus().equals(pub.getModulus());
        }
        try {
            if (PrivateKeyFactory.createKey(privateKey.getEncoded()) instanceof ECPrivateKeyParameters priv
                    && PublicKeyFactory.createKey(cert.getPublicKey().getEncoded()) instanceof ECPublicKeyParameters pub) {
                return new FixedPointCombMultiplier().multiply(priv.getParameters().getG(), priv.getD())
                        .equals(pub.getQ());
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** Names the identity, never the key. */
    @Override
    public String toString() {
        return "Credentials[" + certificate + "]";
    }
}

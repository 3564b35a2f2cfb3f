package org.reloadj.security;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.util.Locale;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.reloadj.api.registry.HashAlgorithm;
import org.reloadj.api.registry.SignatureAlgorithm;
import org.reloadj.security.ReloadSecurityException.Reason;

/**
 * The key types ReloadJ signs with: RSA-2048 with RSASSA-PKCS1-v1_5 and SHA-256, the algorithm
 * every RELOAD implementation must support (RFC 6940, 6.3.4), and ECDSA on P-256 with SHA-256.
 *
 * <p>{@link #of(PublicKey)} and {@link #of(PrivateKey)} tell which of the two a key is and refuse
 * every other key: RSA keys under {@value #MIN_RSA_BITS} bits, EC keys on another curve or with
 * explicit curve parameters, other algorithms.
 */
public enum KeyAlgorithm {
    /** RSA, 2048-bit keys, RSASSA-PKCS1-v1_5 with SHA-256. */
    RSA_2048("RSA", 2048, "SHA256withRSA", SignatureAlgorithm.RSA),
    /** ECDSA on NIST P-256 (secp256r1) with SHA-256. */
    ECDSA_P256("EC", 256, "SHA256withECDSA", SignatureAlgorithm.ECDSA);

    /** The smallest RSA modulus accepted, in bits, for signing, verifying and in certificate chains. */
    public static final int MIN_RSA_BITS = 2048;

    private final String jcaKeyAlgorithm;
    private final int keyBits;
    private final String jcaSignatureAlgorithm;
    private final SignatureAlgorithm tlsSignature;

    KeyAlgorithm(String jcaKeyAlgorithm, int keyBits, String jcaSignatureAlgorithm, SignatureAlgorithm tlsSignature) {
        this.jcaKeyAlgorithm = jcaKeyAlgorithm;
        this.keyBits = keyBits;
        this.jcaSignatureAlgorithm = jcaSignatureAlgorithm;
        this.tlsSignature = tlsSignature;
    }

    /** The JCA key algorithm name ("RSA" or "EC"). */
    public String jcaKeyAlgorithm() {
        return jcaKeyAlgorithm;
    }

    /** The key size in bits. */
    public int keyBits() {
        return keyBits;
    }

    /** The JCA signature algorithm name, for certificates. */
    public String jcaSignatureAlgorithm() {
        return jcaSignatureAlgorithm;
    }

    /** The TLS SignatureAlgorithm code in a RELOAD Signature. */
    public SignatureAlgorithm tlsSignature() {
        return tlsSignature;
    }

    /** The TLS HashAlgorithm code in a RELOAD Signature: always SHA-256. */
    public HashAlgorithm tlsHash() {
        return HashAlgorithm.SHA256;
    }

    /** Parses "rsa", "RSA_2048", "ecdsa", "ECDSA_P256" and the like. */
    public static KeyAlgorithm parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.startsWith("RSA")) {
            return RSA_2048;
        }
        if (n.startsWith("EC")) {
            return ECDSA_P256;
        }
        throw new IllegalArgumentException("unknown key algorithm " + name + " (RSA_2048 or ECDSA_P256)");
    }

    /**
     * The algorithm of a public key (a certificate's subjectPublicKeyInfo).
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM for an RSA key under 2048 bits, an EC
     *                                 key not on P-256, or another key type
     */
    public static KeyAlgorithm of(PublicKey key) throws ReloadSecurityException {
        return classify(key, () -> SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm());
    }

    /**
     * The algorithm of a private key (PKCS#8).
     *
     * @throws ReloadSecurityException UNSUPPORTED_ALGORITHM as for {@link #of(PublicKey)}
     */
    public static KeyAlgorithm of(PrivateKey key) throws ReloadSecurityException {
        return classify(key, () -> PrivateKeyInfo.getInstance(key.getEncoded()).getPrivateKeyAlgorithm());
    }

    /**
     * Refuses an RSA key under {@value #MIN_RSA_BITS} bits; other keys pass (used for the CA
     * certificates of a chain, whose curves this class does not restrict).
     */
    static void checkRsaStrength(Key key) throws ReloadSecurityException {
        if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw unsupported("RSA key of " + rsa.getModulus().bitLength() + " bits; at least " + MIN_RSA_BITS
                    + " are required");
        }
    }

    private static KeyAlgorithm classify(Key key, Supplier<AlgorithmIdentifier> identifier)
            throws ReloadSecurityException {
        AlgorithmIdentifier id;
        try {
            id = identifier.get();
        } catch (RuntimeException e) {
            throw unsupported("unreadable key: " + e.getMessage());
        }
        if (PKCSObjectIdentifiers.rsaEncryption.equals(id.getAlgorithm())) {
            checkRsaStrength(key);
            return RSA_2048;
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(id.getAlgorithm())) {
            ASN1Encodable curve = id.getParameters();
            if (!SECObjectIdentifiers.secp256r1.equals(curve)) {
                throw unsupported("EC key on " + curve + "; only the named curve P-256 (secp256r1) is accepted");
            }
            return ECDSA_P256;
        }
        throw unsupported("key algorithm " + id.getAlgorithm() + "; only RSA and ECDSA P-256 are accepted");
    }

    private static ReloadSecurityException unsupported(String message) {
        return new ReloadSecurityException(Reason.UNSUPPORTED_ALGORITHM, message);
    }
}

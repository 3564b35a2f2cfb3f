package org.reloadj.enrollment.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, deliberately slow hash of a password: PBKDF2 with HMAC-SHA256 (RFC 8018), a random
 * 16-byte salt per password, {@value #DEFAULT_ITERATIONS} iterations, 32 bytes. Stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64), never the password itself.
 * Passwords are hashed as UTF-8 (the JDK's PBKDF2 encodes the characters so), compared as
 * binary (RFC 6940, 11.3).
 *
 * @param iterations the iteration count
 * @param salt       the salt
 * @param hash       the derived bytes
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
    /** The iteration count of new hashes. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    /** A new hash of {@code password} with a fresh salt. */
    public static PasswordHash of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(DEFAULT_ITERATIONS, salt, derive(password, salt, DEFAULT_ITERATIONS));
    }

    /**
     * Reads a stored hash.
     *
     * @throws IllegalArgumentException when the text is not a stored hash
     */
    public static PasswordHash parse(String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("not a " + SCHEME + " hash");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new PasswordHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
    }

    /** Whether {@code password} is the hashed one; the comparison takes the same time either way. */
    public boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    /** The text to store. */
    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return SCHEME + "$" + iterations + "$...";
    }
}

package org.reloadj.security.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.HashAlgorithm;

/**
 * Message digests named by the TLS HashAlgorithm registry, as RFC 6940 uses them for certificate
 * hashes (6.3.4) and self-signed Node-IDs (11.3.1). MD5 is refused: a certificate hash names the
 * signer, and a hash with practical collisions could name two.
 */
public final class Digests {
    private Digests() {
    }

    /** Whether {@link #digest} computes {@code algorithm}: sha1, sha224, sha256, sha384, sha512. */
    public static boolean isSupported(HashAlgorithm algorithm) {
        return jcaName(algorithm) != null;
    }

    /**
     * The digest of the concatenation of {@code parts}.
     *
     * @throws IllegalArgumentException when the algorithm is not {@linkplain #isSupported supported}
     */
    public static Opaque digest(HashAlgorithm algorithm, Opaque... parts) {
        String name = jcaName(algorithm);
        if (name == null) {
            throw new IllegalArgumentException("no digest for hash algorithm " + algorithm.rfcName());
        }
        MessageDigest md = newDigest(name);
        for (Opaque part : parts) {
            part.writeTo(md::update);
        }
        byte[] out = md.digest();
        return Opaque.wrap(out, 0, out.length);
    }

    /** SHA-256 of {@code bytes}. */
    public static Opaque sha256(Opaque bytes) {
        return digest(HashAlgorithm.SHA256, bytes);
    }

    private static MessageDigest newDigest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides " + name, e);
        }
    }

    private static String jcaName(HashAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA1 -> "SHA-1";
            case SHA224 -> "SHA-224";
            case SHA256 -> "SHA-256";
            case SHA384 -> "SHA-384";
            case SHA512 -> "SHA-512";
            default -> null;
        };
    }
}

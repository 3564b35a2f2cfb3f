package org.reloadj.security.psk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.reloadj.api.OverlayHash;

/**
 * The TLS-PSK credentials (RFC 4279) of an overlay in shared-secret mode (RFC 6940, 4.1.1,
 * 13.4): every peer that knows the configuration's {@code shared-secret} derives the same
 * identity and key, and a peer that does not cannot complete a TLS handshake with any of them.
 *
 * <p>Derivation, fixed so that every ReloadJ node agrees:
 * <ul>
 * <li>PSK identity: the overlay name in lower case, UTF-8 (it is sent in the clear, and names
 * only the overlay, never the secret);</li>
 * <li>PSK: HKDF-SHA256 (RFC 5869) of the secret, stripped of surrounding white space, in
 * UTF-8, with salt the identity's bytes and info {@value #INFO}, {@value #KEY_LENGTH}
 * bytes.</li>
 * </ul>
 * The salt binds the key to the overlay, so one secret reused for two overlays gives two keys.
 * HKDF does not slow down guessing: as 13.4 warns, a PSK handshake lets an eavesdropper test
 * guesses offline, so the shared secret must be a random string of high entropy (for example
 * 32 random bytes in base64), never a password a person chose.
 */
public final class SharedSecretPsk {
    /** The length of the derived key in bytes. */
    public static final int KEY_LENGTH = 32;
    /** The HKDF info string. */
    public static final String INFO = "RELOAD shared-secret TLS-PSK";

    private final String overlay;
    private final byte[] identity;
    private final byte[] key;

    private SharedSecretPsk(String overlay, byte[] identity, byte[] key) {
        this.overlay = overlay;
        this.identity = identity;
        this.key = key;
    }

    /**
     * The PSK of {@code overlay} from its configuration's {@code sharedSecret}.
     *
     * @throws IllegalArgumentException when the overlay name is not a DNS name or the secret is blank
     */
    public static SharedSecretPsk derive(String overlay, String sharedSecret) {
        if (!OverlayHash.isDnsName(overlay)) {
            throw new IllegalArgumentException("an overlay name is a DNS name: " + overlay);
        }
        String secret = sharedSecret.strip();
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("the shared secret is empty");
        }
        String name = overlay.toLowerCase(Locale.ROOT);
        byte[] identity = name.getBytes(StandardCharsets.UTF_8);
        byte[] key = Hkdf.sha256(secret.getBytes(StandardCharsets.UTF_8), identity,
                INFO.getBytes(StandardCharsets.US_ASCII), KEY_LENGTH);
        return new SharedSecretPsk(name, identity, key);
    }

    /** The overlay name. */
    public String overlay() {
        return overlay;
    }

    /** The PSK identity to send (a copy). */
    public byte[] identity() {
        return identity.clone();
    }

    /** The pre-shared key (a copy). */
    public byte[] key() {
        return key.clone();
    }

    /** Whether a peer offered this overlay's identity (compared in constant time). */
    public boolean isIdentity(byte[] offered) {
        return offered != null && MessageDigest.isEqual(identity, offered);
    }

    @Override
    public String toString() {
        return "SharedSecretPsk[overlay=" + overlay + ", key hidden]";
    }
}

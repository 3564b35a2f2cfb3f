package org.reloadj.security.psk;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.OverlayHash;
import org.reloadj.api.link.LinkCredentials;

/**
 * The TLS-PSK key (RFC 4279) of an overlay in shared-secret mode (RFC 6940, 4.1.1, 13.4): every
 * peer that knows the configuration's {@code shared-secret} derives the same key, and a peer that
 * does not cannot complete a TLS or DTLS handshake with any of them.
 *
 * <p>Derivation, fixed so that every ReloadJ node agrees: HKDF-SHA256 (RFC 5869) of the secret,
 * stripped of surrounding white space, in UTF-8, with salt the overlay name in lower case (UTF-8)
 * and info {@value #INFO}, {@value #KEY_LENGTH} bytes. The salt binds the key to the overlay, so
 * one secret reused for two overlays gives two keys. The PSK identity a node sends with it is its
 * own Node-ID ({@link PskIdentity}), never anything derived from the secret.
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
    private final byte[] key;

    private SharedSecretPsk(String overlay, byte[] key) {
        this.overlay = overlay;
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
        byte[] key = Hkdf.sha256(secret.getBytes(StandardCharsets.UTF_8), name.getBytes(StandardCharsets.UTF_8),
                INFO.getBytes(StandardCharsets.US_ASCII), KEY_LENGTH);
        return new SharedSecretPsk(name, key);
    }

    /** The overlay name. */
    public String overlay() {
        return overlay;
    }

    /** The pre-shared key (a copy). */
    public byte[] key() {
        return key.clone();
    }

    /**
     * {@code certified} with this key and the identity of {@code self} added: the credentials of
     * the node {@code self}'s links in this overlay, which then use TLS-PSK and DTLS-PSK. The key
     * and certificate stay, since messages are still signed (1.3: shared keys are "used together
     * with certificate-based access control, not as a replacement for it").
     */
    public LinkCredentials linkCredentials(LinkCredentials certified, NodeId self) {
        return new LinkCredentials(certified.privateKey(), certified.chain(), certified.roots(),
                Optional.of(PskIdentity.of(self)), Optional.of(Opaque.of(key)));
    }

    @Override
    public String toString() {
        return "SharedSecretPsk[overlay=" + overlay + ", key hidden]";
    }
}

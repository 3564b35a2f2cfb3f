package org.reloadj.security.psk;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;

/**
 * The TLS-PSK identity (RFC 4279, 5.1) a ReloadJ node sends in a shared-secret overlay (RFC 6940,
 * 4.1.1, 13.4): its Node-ID in lower-case hexadecimal, US-ASCII. A client sends it as its
 * {@code psk_identity}, a server as its {@code psk_identity_hint}, so that each side learns the
 * Node-ID the other claims, and a link opened for an Attach can be refused when the node at the
 * other end claims another Node-ID than the one the Attach named (6.5.1.11).
 *
 * <p>The claim is not proof: every member of the overlay holds the same key, so any member can
 * claim any Node-ID. What a PSK handshake proves is membership of the overlay (13.4); who sent a
 * message is proved by its signature (6.3.4), which shared-secret mode keeps ("used together with
 * certificate-based access control, not as a replacement for it", 1.3).
 */
public final class PskIdentity {
    private PskIdentity() {
    }

    /** The identity of {@code nodeId}. */
    public static Opaque of(NodeId nodeId) {
        return Opaque.of(nodeId.bytes().toHex().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The Node-ID an identity names, when it is {@code 2 * nodeIdLength} hexadecimal digits in
     * lower case (the one spelling {@link #of} gives, so that one Node-ID has one identity).
     */
    public static Optional<NodeId> nodeId(byte[] identity, int nodeIdLength) {
        if (identity == null || identity.length != 2 * nodeIdLength) {
            return Optional.empty();
        }
        for (byte b : identity) {
            if (!(b >= '0' && b <= '9' || b >= 'a' && b <= 'f')) {
                return Optional.empty();
            }
        }
        return Optional.of(NodeId.fromHex(new String(identity, StandardCharsets.US_ASCII)));
    }
}

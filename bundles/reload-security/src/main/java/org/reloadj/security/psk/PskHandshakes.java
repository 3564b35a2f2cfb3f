package org.reloadj.security.psk;

import java.security.SecureRandom;
import java.util.Optional;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCrypto;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.link.LinkCredentials;

/**
 * The TLS-PSK handshakes of one node's links in a shared-secret overlay (RFC 6940, 4.1.1, 13.4),
 * for Bouncy Castle's TLS 1.2 and DTLS 1.2: both link bundles take their clients and servers from
 * here, so that TLS and DTLS links agree on suites and identities.
 *
 * <p>Only ECDHE_PSK suites with an AEAD cipher are offered (RFC 5489 key exchange; RFC 8442
 * AES-GCM, RFC 7905 ChaCha20-Poly1305): the ephemeral ECDH gives forward secrecy, and it keeps a
 * passive eavesdropper from testing guesses of the shared secret offline against a recorded
 * handshake, which plain PSK suites allow (13.4 warns of dictionary attacks). An active attacker
 * still gets one offline guess test per handshake it takes part in, so the secret must be random.
 *
 * <p>Identities are the nodes' Node-IDs ({@link PskIdentity}): the client sends its own as
 * {@code psk_identity}, the server its own as {@code psk_identity_hint}.
 */
public final class PskHandshakes {
    private static final int[] SUITES = {CipherSuite.TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_PSK_WITH_AES_128_GCM_SHA256, CipherSuite.TLS_ECDHE_PSK_WITH_AES_256_GCM_SHA384};

    private final TlsCrypto crypto;
    private final byte[] identity;
    private final byte[] key;
    private final int nodeIdLength;
    private final int[] suites;

    private PskHandshakes(TlsCrypto crypto, byte[] identity, byte[] key, int nodeIdLength) {
        this.crypto = crypto;
        this.identity = identity;
        this.key = key;
        this.nodeIdLength = nodeIdLength;
        this.suites = TlsUtils.getSupportedCipherSuites(crypto, SUITES);
    }

    /** Whether {@code credentials} are those of a shared-secret overlay, so links use TLS-PSK. */
    public static boolean isPsk(LinkCredentials credentials) {
        return credentials.pskKey().isPresent();
    }

    /**
     * The handshakes of {@code credentials}, in an overlay of {@code nodeIdLength}-byte Node-IDs.
     *
     * @throws IllegalArgumentException when the credentials hold no PSK key, or their PSK identity
     *                                  is not a Node-ID of that length ({@link PskIdentity})
     */
    public static PskHandshakes of(LinkCredentials credentials, int nodeIdLength) {
        Opaque key = credentials.pskKey().filter(k -> !k.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("the credentials hold no TLS-PSK key"));
        byte[] identity = credentials.pskIdentity().map(Opaque::toByteArray).orElse(null);
        if (!NodeId.isValidLength(nodeIdLength) || PskIdentity.nodeId(identity, nodeIdLength).isEmpty()) {
            throw new IllegalArgumentException("the TLS-PSK identity must be this node's " + nodeIdLength
                    + "-byte Node-ID in lower-case hex");
        }
        return new PskHandshakes(new BcTlsCrypto(new SecureRandom()), identity, key.toByteArray(), nodeIdLength);
    }

    /**
     * A client for one handshake: it sends this node's identity and refuses, before it sends its
     * Finished message, a server whose identity hint is no Node-ID or not {@code expected}.
     */
    public PskLinkClient client(ProtocolVersion version, Optional<NodeId> expected, int handshakeTimeoutMillis) {
        return new PskLinkClient(crypto, new PskOffer(version, suites, handshakeTimeoutMillis),
                new PskLinkClient.Identity(identity, key, nodeIdLength, expected));
    }

    /** A server for one handshake: it hints this node's identity and admits any Node-ID with the key. */
    public PskLinkServer server(ProtocolVersion version, int handshakeTimeoutMillis) {
        return new PskLinkServer(crypto, new PskOffer(version, suites, handshakeTimeoutMillis),
                new PskLinkServer.IdentityManager(identity, key, nodeIdLength));
    }
}

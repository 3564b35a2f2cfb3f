package org.reloadj.security.psk;

import java.io.UncheckedIOException;
import java.util.Optional;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.PSKTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsPSKIdentity;
import org.bouncycastle.tls.crypto.TlsCrypto;
import org.reloadj.api.NodeId;

/**
 * The connecting side of a TLS-PSK or DTLS-PSK link handshake (RFC 6940, 4.1.1, 6.5.1.11, 13.4),
 * made by {@link PskHandshakes}. The server's identity hint must name a Node-ID, and the one the
 * Attach named when there is one; otherwise the client aborts before its Finished message, so the
 * server never completes the handshake either. Bouncy Castle reports that abort as an
 * internal_error alert whose cause holds the reason.
 */
public final class PskLinkClient extends PSKTlsClient {
    private final PskOffer offer;
    private final ClaimedNodeId server;

    PskLinkClient(TlsCrypto crypto, PskOffer offer, Identity identity) {
        super(crypto, identity);
        this.offer = offer;
        this.server = identity.server;
    }

    /** The Node-ID the server claimed, once the handshake got past its ServerKeyExchange. */
    public NodeId peerNodeId() {
        return server.get();
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return offer.versions();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return offer.suites();
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return offer.handshakeTimeoutMillis();
    }

    /** This node's PSK, and the check of the server's hint. */
    static final class Identity implements TlsPSKIdentity {
        private final byte[] own;
        private final byte[] key;
        private final int nodeIdLength;
        private final Optional<NodeId> expected;
        private final ClaimedNodeId server = new ClaimedNodeId("the server");

        Identity(byte[] own, byte[] key, int nodeIdLength, Optional<NodeId> expected) {
            this.own = own;
            this.key = key;
            this.nodeIdLength = nodeIdLength;
            this.expected = expected;
        }

        @Override
        public void skipIdentityHint() {
            throw refused("the server sent no PSK identity hint, so it claims no Node-ID");
        }

        @Override
        public void notifyIdentityHint(byte[] hint) {
            NodeId claimed = PskIdentity.nodeId(hint, nodeIdLength)
                    .orElseThrow(() -> refused("the server's PSK identity hint is no Node-ID"));
            if (expected.isPresent() && !expected.get().equals(claimed)) {
                throw refused("the server claims Node-ID " + claimed + ", not the expected " + expected.get());
            }
            server.set(claimed);
        }

        private static UncheckedIOException refused(String reason) {
            return new UncheckedIOException(new TlsFatalAlert(AlertDescription.access_denied, reason));
        }

        @Override
        public byte[] getPSKIdentity() {
            return own.clone();
        }

        @Override
        public byte[] getPSK() {
            return key.clone();
        }
    }
}

package org.reloadj.security.psk;

import org.bouncycastle.tls.PSKTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsPSKIdentityManager;
import org.bouncycastle.tls.crypto.TlsCrypto;
import org.reloadj.api.NodeId;

/**
 * The accepting side of a TLS-PSK or DTLS-PSK link handshake (RFC 6940, 4.1.1, 13.4), made by
 * {@link PskHandshakes}. It hints this node's Node-ID and accepts a client whose identity names a
 * Node-ID and who proves the overlay's key (a wrong key fails the Finished check); an identity
 * that names no Node-ID ends the handshake with unknown_psk_identity (RFC 4279, 2).
 */
public final class PskLinkServer extends PSKTlsServer {
    private final PskOffer offer;
    private final ClaimedNodeId client;

    PskLinkServer(TlsCrypto crypto, PskOffer offer, IdentityManager identities) {
        super(crypto, identities);
        this.offer = offer;
        this.client = identities.client;
    }

    /** The Node-ID the client claimed, once it sent its ClientKeyExchange. */
    public NodeId peerNodeId() {
        return client.get();
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

    /** Hints this node's identity; the key for any identity that names a Node-ID. */
    static final class IdentityManager implements TlsPSKIdentityManager {
        private final byte[] own;
        private final byte[] key;
        private final int nodeIdLength;
        private final ClaimedNodeId client = new ClaimedNodeId("the client");

        IdentityManager(byte[] own, byte[] key, int nodeIdLength) {
            this.own = own;
            this.key = key;
            this.nodeIdLength = nodeIdLength;
        }

        @Override
        public byte[] getHint() {
            return own.clone();
        }

        @Override
        public byte[] getPSK(byte[] identity) {
            return PskIdentity.nodeId(identity, nodeIdLength).map(id -> {
                client.set(id);
                return key.clone();
            }).orElse(null);
        }
    }
}

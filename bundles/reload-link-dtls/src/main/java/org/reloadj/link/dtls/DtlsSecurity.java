package org.reloadj.link.dtls;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsClient;
import org.bouncycastle.tls.TlsServer;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.security.link.LinkAuthentication;
import org.reloadj.security.psk.PskHandshakes;
import org.reloadj.security.psk.PskLinkClient;
import org.reloadj.security.psk.PskLinkServer;

/**
 * How one node's DTLS links authenticate (RFC 6940, 6.6.4): with certificates
 * ({@link DtlsIdentity}), or, in a shared-secret overlay (4.1.1, 13.4), with DTLS-PSK, when the
 * credentials carry a PSK. Each handshake side comes with the Node-IDs the peer proved or claimed,
 * read once the handshake is done.
 */
interface DtlsSecurity {
    /** The connecting side of one handshake, refusing a peer without {@code expected} when given. */
    Side<TlsClient> client(Optional<NodeId> expected, int handshakeTimeoutMillis);

    /** The accepting side of one handshake. */
    Side<TlsServer> server(int handshakeTimeoutMillis);

    /** A Bouncy Castle handshake peer, and the remote Node-IDs once it completed. */
    record Side<P>(P tls, Supplier<Set<NodeId>> remoteNodeIds) {
    }

    /** The security of {@code credentials}: DTLS-PSK when they carry a PSK, certificates otherwise. */
    static DtlsSecurity of(LinkCredentials credentials, LinkAuthentication authentication) {
        if (PskHandshakes.isPsk(credentials)) {
            return psk(PskHandshakes.of(credentials, authentication.nodeIdLength()));
        }
        return DtlsIdentity.of(credentials, authentication.validator(credentials));
    }

    /** DTLS 1.2 with ECDHE_PSK suites; the Node-IDs are those of the PSK identities. */
    private static DtlsSecurity psk(PskHandshakes handshakes) {
        return new DtlsSecurity() {
            @Override
            public Side<TlsClient> client(Optional<NodeId> expected, int handshakeTimeoutMillis) {
                PskLinkClient c = handshakes.client(ProtocolVersion.DTLSv12, expected, handshakeTimeoutMillis);
                return new Side<>(c, () -> Set.of(c.peerNodeId()));
            }

            @Override
            public Side<TlsServer> server(int handshakeTimeoutMillis) {
                PskLinkServer s = handshakes.server(ProtocolVersion.DTLSv12, handshakeTimeoutMillis);
                return new Side<>(s, () -> Set.of(s.peerNodeId()));
            }
        };
    }
}

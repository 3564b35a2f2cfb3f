package org.reloadj.link.dtls;

import java.io.IOException;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsServerCertificate;

/**
 * The connecting side of a DTLS 1.2 handshake (RFC 6940, 6.6.4): it checks the server's
 * certificate with the {@link PeerCheck} (the Node-ID the Attach named, 6.5.1.11) and answers the
 * server's certificate request with the node's own chain.
 */
final class ReloadDtlsClient extends DefaultTlsClient {
    private final DtlsIdentity identity;
    private final PeerCheck peer;
    private final int handshakeTimeoutMillis;

    ReloadDtlsClient(DtlsIdentity identity, PeerCheck peer, int handshakeTimeoutMillis) {
        super(identity.crypto());
        this.identity = identity;
        this.peer = peer;
        this.handshakeTimeoutMillis = handshakeTimeoutMillis;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return identity.clientSuites();
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return handshakeTimeoutMillis;
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                peer.check(serverCertificate.getCertificate());
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) {
                return identity.signer(context);
            }
        };
    }
}

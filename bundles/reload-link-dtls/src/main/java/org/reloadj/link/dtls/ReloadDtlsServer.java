package org.reloadj.link.dtls;

import java.io.IOException;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsUtils;

/**
 * The accepting side of a DTLS 1.2 handshake (RFC 6940, 6.6.4, 6.5.1.13: "the server MUST request
 * TLS client authentication"): it requires a client certificate, checks it with the
 * {@link PeerCheck}, and signs with the node's own key under the suites that key fits.
 */
final class ReloadDtlsServer extends DefaultTlsServer {
    private final DtlsIdentity identity;
    private final PeerCheck peer;
    private final int handshakeTimeoutMillis;

    ReloadDtlsServer(DtlsIdentity identity, PeerCheck peer, int handshakeTimeoutMillis) {
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
        return identity.serverSuites();
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return handshakeTimeoutMillis;
    }

    @Override
    public CertificateRequest getCertificateRequest() {
        short[] types = {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign};
        return new CertificateRequest(types, TlsUtils.getDefaultSupportedSignatureAlgorithms(context), null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        peer.check(clientCertificate);
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() {
        return identity.isEcdsa() ? identity.signer(context) : null;
    }

    @Override
    protected TlsCredentialedSigner getRSASignerCredentials() {
        return identity.isEcdsa() ? null : identity.signer(context);
    }
}

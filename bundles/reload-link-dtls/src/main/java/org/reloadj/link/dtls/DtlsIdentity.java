package org.reloadj.link.dtls;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCryptoProvider;
import org.bouncycastle.tls.TlsClient;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsServer;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.security.CertificateValidator;

/**
 * One node's DTLS identity (RFC 6940, 6.6.4, 11.3): its key and certificate chain as Bouncy
 * Castle's TLS API takes them, the overlay's certificate validator, and the cipher suites that fit
 * the key. A server offers only the ECDHE suites that its own key can sign (ECDSA or RSA), so that
 * it never picks a suite it cannot complete; a client offers both kinds, its own first, since the
 * server's key type is not known in advance. All suites are AEAD with forward secrecy.
 */
final class DtlsIdentity implements DtlsSecurity {
    private static final int[] ECDSA_SUITES = {CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256};
    private static final int[] RSA_SUITES = {CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256};

    private final JcaTlsCrypto crypto;
    private final PrivateKey key;
    private final Certificate chain;
    private final boolean ecdsa;
    private final CertificateValidator validator;

    private DtlsIdentity(JcaTlsCrypto crypto, PrivateKey key, Certificate chain, boolean ecdsa,
            CertificateValidator validator) {
        this.crypto = crypto;
        this.key = key;
        this.chain = chain;
        this.ecdsa = ecdsa;
        this.validator = validator;
    }

    /**
     * The identity of {@code credentials}.
     *
     * @throws IllegalArgumentException when there is no key or certificate
     */
    static DtlsIdentity of(LinkCredentials credentials, CertificateValidator validator) {
        if (credentials.privateKey() == null || credentials.chain().isEmpty()) {
            throw new IllegalArgumentException("a DTLS link needs the node's private key and certificate");
        }
        JcaTlsCrypto crypto = new JcaTlsCryptoProvider().create(new SecureRandom());
        List<X509Certificate> x509 = credentials.chain();
        TlsCertificate[] certificates = new TlsCertificate[x509.size()];
        try {
            for (int i = 0; i < certificates.length; i++) {
                certificates[i] = crypto.createCertificate(x509.get(i).getEncoded());
            }
        } catch (CertificateEncodingException | IOException e) {
            throw new IllegalArgumentException("unusable certificate chain: " + e.getMessage(), e);
        }
        boolean ecdsa = credentials.privateKey() instanceof ECKey || "EC".equals(credentials.privateKey().getAlgorithm());
        return new DtlsIdentity(crypto, credentials.privateKey(), new Certificate(certificates), ecdsa, validator);
    }

    @Override
    public Side<TlsClient> client(Optional<NodeId> expected, int handshakeTimeoutMillis) {
        PeerCheck peer = new PeerCheck(validator, expected);
        return new Side<>(new ReloadDtlsClient(this, peer, handshakeTimeoutMillis),
                () -> Set.copyOf(peer.accepted().nodeIds()));
    }

    @Override
    public Side<TlsServer> server(int handshakeTimeoutMillis) {
        PeerCheck peer = new PeerCheck(validator, Optional.empty());
        return new Side<>(new ReloadDtlsServer(this, peer, handshakeTimeoutMillis),
                () -> Set.copyOf(peer.accepted().nodeIds()));
    }

    JcaTlsCrypto crypto() {
        return crypto;
    }

    /** The suites a server with this key accepts. */
    int[] serverSuites() {
        return TlsUtils.getSupportedCipherSuites(crypto, ecdsa ? ECDSA_SUITES : RSA_SUITES);
    }

    /** The suites a client offers: those of its own key type first, then the other's. */
    int[] clientSuites() {
        int[] own = ecdsa ? ECDSA_SUITES : RSA_SUITES;
        int[] other = ecdsa ? RSA_SUITES : ECDSA_SUITES;
        int[] all = new int[own.length + other.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(other, 0, all, own.length, other.length);
        return TlsUtils.getSupportedCipherSuites(crypto, all);
    }

    boolean isEcdsa() {
        return ecdsa;
    }

    /** This node's signing credentials in a handshake, with SHA-256. */
    TlsCredentialedSigner signer(TlsContext context) {
        SignatureAndHashAlgorithm algorithm = new SignatureAndHashAlgorithm(HashAlgorithm.sha256,
                ecdsa ? SignatureAlgorithm.ecdsa : SignatureAlgorithm.rsa);
        return new JcaDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, key, chain, algorithm);
    }
}

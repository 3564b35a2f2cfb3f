package org.reloadj.link.tls;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import javax.net.ssl.SSLException;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.link.LinkAuthentication;

/**
 * The TLS contexts of one node identity (RFC 6940, 6.6.5): TLS 1.3, or 1.2 when the peer offers
 * no more, presenting the node's certificate chain in both directions, with client authentication
 * required, and trusting only node certificates of the overlay. BoringSSL (netty-tcnative) is used
 * when it is installed, for faster handshakes; the JDK's TLS otherwise.
 */
final class TlsEndpoint {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final CertificateValidator validator;
    private final SslContext server;
    private final SslContext client;

    private TlsEndpoint(CertificateValidator validator, SslContext server, SslContext client) {
        this.validator = validator;
        this.server = server;
        this.client = client;
    }

    /**
     * The contexts of {@code credentials}.
     *
     * @throws UnsupportedOperationException for shared-secret (TLS-PSK) credentials, which this
     *                                       link does not offer yet
     * @throws IllegalArgumentException      when the key and chain make no TLS context
     */
    static TlsEndpoint of(LinkCredentials credentials, LinkAuthentication authentication) {
        if (credentials.pskKey().isPresent()) {
            throw new UnsupportedOperationException("TLS-PSK (shared-secret overlays, RFC 6940 13.4) is not offered"
                    + " by the TLS-TCP-FH-NO-ICE link yet");
        }
        if (credentials.privateKey() == null || credentials.chain().isEmpty()) {
            throw new IllegalArgumentException("a TLS link needs the node's private key and certificate");
        }
        CertificateValidator validator = authentication.validator(credentials);
        NodeTrustManager trust = new NodeTrustManager(validator, credentials.roots());
        SslProvider provider = OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
        try {
            SslContext server = SslContextBuilder.forServer(credentials.privateKey(), credentials.chain())
                    .trustManager(trust).clientAuth(ClientAuth.REQUIRE).protocols(PROTOCOLS).sslProvider(provider)
                    .build();
            SslContext client = SslContextBuilder.forClient().keyManager(credentials.privateKey(), credentials.chain())
                    .trustManager(trust).endpointIdentificationAlgorithm(null).protocols(PROTOCOLS)
                    .sslProvider(provider).build();
            return new TlsEndpoint(validator, server, client);
        } catch (SSLException e) {
            throw new IllegalArgumentException("cannot make a TLS context of these credentials: " + e.getMessage(), e);
        }
    }

    CertificateValidator validator() {
        return validator;
    }

    SslContext context(boolean clientSide) {
        return clientSide ? client : server;
    }
}

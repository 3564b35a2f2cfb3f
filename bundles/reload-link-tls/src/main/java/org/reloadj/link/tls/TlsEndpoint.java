package org.reloadj.link.tls;

import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.security.CertificateValidator;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.link.LinkAuthentication;

/**
 * The TLS contexts of one node identity (RFC 6940, 6.6.5): TLS 1.3, or 1.2 when the peer offers
 * no more, presenting the node's certificate chain in both directions, with client authentication
 * required, and trusting only node certificates of the overlay. BoringSSL (netty-tcnative) is used
 * when it is installed, for faster handshakes; the JDK's TLS otherwise. After the handshake the
 * peer's certificate must hold the Node-ID the Attach named, when there is one (6.5.1.11).
 */
final class TlsEndpoint implements LinkSecurity {
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
     * @throws IllegalArgumentException when the key and chain make no TLS context
     */
    static TlsEndpoint of(LinkCredentials credentials, LinkAuthentication authentication) {
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

    @Override
    public Secured secure(SocketChannel channel, boolean clientSide, Optional<NodeId> expected,
            Duration handshakeTimeout) {
        SslHandler ssl = (clientSide ? client : server).newHandler(channel.alloc());
        ssl.setHandshakeTimeoutMillis(handshakeTimeout.toMillis());
        return new Secured(ssl, ssl.handshakeFuture());
    }

    @Override
    public Set<NodeId> authenticate(ChannelPipeline pipeline, Optional<NodeId> expected)
            throws SSLPeerUnverifiedException {
        try {
            return Set.copyOf(LinkAuthentication.authenticate(validator, peerChain(pipeline), expected).nodeIds());
        } catch (ReloadSecurityException e) {
            SSLPeerUnverifiedException refused = new SSLPeerUnverifiedException("(" + e.reason() + ") " + e.getMessage());
            refused.initCause(e);
            throw refused;
        }
    }

    private static List<X509Certificate> peerChain(ChannelPipeline pipeline) throws SSLPeerUnverifiedException {
        Certificate[] certificates = pipeline.get(SslHandler.class).engine().getSession().getPeerCertificates();
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : certificates) {
            if (c instanceof X509Certificate x) {
                chain.add(x);
            }
        }
        return chain;
    }
}

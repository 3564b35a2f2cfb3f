package org.reloadj.link.tls;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.security.link.LinkAuthentication;

/**
 * Registers the TLS-TCP-FH-NO-ICE provider (RFC 6940, 6.6.5) as an {@link OverlayLinkProvider}
 * service, so nodes in the framework find it by link type. One provider (with its own Netty
 * event loops) serves every node of the framework.
 */
@Component(service = OverlayLinkProvider.class, configurationPid = "org.reloadj.link.tls")
@Designate(ocd = TlsLinkComponent.Config.class)
public final class TlsLinkComponent implements OverlayLinkProvider {
    private final TlsLinkProvider delegate;

    /** The provider's settings (Config Admin pid {@code org.reloadj.link.tls}). */
    @ObjectClassDefinition(name = "ReloadJ TLS overlay links", description = "TLS-TCP-FH-NO-ICE (RFC 6940, 6.6.5)")
    public @interface Config {
        /** The overlay's Node-ID length (RFC 6940, 11.1 node-id-length). */
        @AttributeDefinition(description = "Node-ID length in bytes, 16..20")
        int node_id_length() default 16;

        /** The largest frame accepted (max-message-size, 11.1). */
        @AttributeDefinition(description = "Largest message accepted, in bytes")
        int max_message_size() default TlsLinkSettings.DEFAULT_MAX_MESSAGE_SIZE;

        /** Netty event-loop threads. */
        @AttributeDefinition(description = "Event-loop threads")
        int threads() default 2;
    }

    /** Starts the provider with {@code config}. */
    @Activate
    public TlsLinkComponent(Config config) {
        this.delegate = new TlsLinkProvider(LinkAuthentication.of(config.node_id_length()),
                TlsLinkSettings.defaults(config.max_message_size()), config.threads());
    }

    @Override
    public String linkType() {
        return delegate.linkType();
    }

    @Override
    public CompletionStage<Listener> listen(InetSocketAddress local, LinkCredentials credentials, LinkHandler handler) {
        return delegate.listen(local, credentials, handler);
    }

    @Override
    public CompletionStage<OverlayLink> connect(InetSocketAddress remote, LinkCredentials credentials,
            LinkHandler handler) {
        return delegate.connect(remote, credentials, handler);
    }

    @Override
    public CompletionStage<OverlayLink> connect(InetSocketAddress remote, NodeId expected, LinkCredentials credentials,
            LinkHandler handler) {
        return delegate.connect(remote, expected, credentials, handler);
    }

    @Override
    public Optional<ScheduledExecutorService> ioExecutor(LinkCredentials credentials) {
        return delegate.ioExecutor(credentials);
    }

    /** Stops the provider's event loops and closes its links. */
    @Deactivate
    void close() {
        delegate.close();
    }
}

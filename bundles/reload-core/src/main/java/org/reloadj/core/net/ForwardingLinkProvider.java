package org.reloadj.core.net;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import org.reloadj.api.NodeId;
import org.reloadj.api.link.LinkCredentials;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.link.OverlayLinkProvider;

/**
 * A link provider that passes everything to another, changing only the handler the links report
 * to, the links handed out and where the stages complete: the common shape of the decorators.
 */
abstract class ForwardingLinkProvider implements OverlayLinkProvider {
    private final OverlayLinkProvider delegate;

    ForwardingLinkProvider(OverlayLinkProvider delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The handler the delegate reports to in place of {@code handler}. */
    abstract LinkHandler wrap(LinkHandler handler);

    /** The link handed out for the delegate's {@code link}, reported to {@code wrapped}. */
    OverlayLink outer(OverlayLink link, LinkHandler wrapped) {
        return link;
    }

    /** The stage handed out for the delegate's. */
    <T> CompletionStage<T> after(CompletionStage<T> stage) {
        return stage;
    }

    @Override
    public final String linkType() {
        return delegate.linkType();
    }

    @Override
    public final Optional<ScheduledExecutorService> ioExecutor(LinkCredentials credentials) {
        return delegate.ioExecutor(credentials);
    }

    @Override
    public final CompletionStage<Listener> listen(InetSocketAddress local, LinkCredentials credentials,
            LinkHandler handler) {
        return after(delegate.listen(local, credentials, wrap(handler)));
    }

    @Override
    public final CompletionStage<OverlayLink> connect(InetSocketAddress remote, LinkCredentials credentials,
            LinkHandler handler) {
        LinkHandler wrapped = wrap(handler);
        return after(delegate.connect(remote, credentials, wrapped).thenApply(l -> outer(l, wrapped)));
    }

    @Override
    public final CompletionStage<OverlayLink> connect(InetSocketAddress remote, NodeId expected,
            LinkCredentials credentials, LinkHandler handler) {
        LinkHandler wrapped = wrap(handler);
        return after(delegate.connect(remote, expected, credentials, wrapped).thenApply(l -> outer(l, wrapped)));
    }
}

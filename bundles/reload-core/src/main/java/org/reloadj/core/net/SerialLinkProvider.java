package org.reloadj.core.net;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.reloadj.api.link.LinkHandler;
import org.reloadj.api.link.OverlayLink;
import org.reloadj.api.link.OverlayLinkProvider;

/**
 * Confines a link provider's callbacks to a node's event loop: real links (TLS, DTLS) report from
 * their own I/O threads, while a {@link org.reloadj.core.node.Node} runs on one thread (its
 * scheduler's). Every {@link LinkHandler} call and every completion of a stage this provider
 * returns runs on {@code loop}, in the order the links produced them.
 */
public final class SerialLinkProvider extends ForwardingLinkProvider {
    private final Executor loop;

    /** {@code delegate}, reporting on {@code loop}. */
    public SerialLinkProvider(OverlayLinkProvider delegate, Executor loop) {
        super(delegate);
        this.loop = loop;
    }

    @Override
    LinkHandler wrap(LinkHandler handler) {
        return new LinkHandler() {
            @Override
            public void onOpened(OverlayLink link) {
                loop.execute(() -> handler.onOpened(link));
            }

            @Override
            public void onMessage(OverlayLink link, byte[] message) {
                loop.execute(() -> handler.onMessage(link, message));
            }

            @Override
            public void onClosed(OverlayLink link, Throwable cause) {
                loop.execute(() -> handler.onClosed(link, cause));
            }
        };
    }

    @Override
    <T> CompletionStage<T> after(CompletionStage<T> stage) {
        return stage.thenApplyAsync(Function.identity(), loop);
    }
}

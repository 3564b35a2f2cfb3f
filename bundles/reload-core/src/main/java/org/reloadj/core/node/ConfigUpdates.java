package org.reloadj.core.node;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.body.BodyCodec;
import org.reloadj.wire.body.ConfigUpdateAns;
import org.reloadj.wire.body.ConfigUpdateReq;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.Destination;

/**
 * The ConfigUpdate method (RFC 6940, 6.5.4): received updates go to the {@link ConfigUpdateHandler}
 * and are answered with an empty ConfigUpdateAns; and "whenever a node detects that another node
 * has old configuration data, it MUST generate a ConfigUpdate request", here with the current
 * document from the {@link ConfigurationSource}, along the path the old request came by.
 */
final class ConfigUpdates implements RequestHandler {
    private static final System.Logger LOG = System.getLogger("org.reloadj.core.node");

    private final ConfigurationSource source;
    private final ConfigUpdateHandler handler;
    private final WireContext context;
    private final Function<OutgoingRequest, CompletionStage<Answer>> originate;

    ConfigUpdates(ConfigurationSource source, ConfigUpdateHandler handler, WireContext context,
            Function<OutgoingRequest, CompletionStage<Answer>> originate) {
        this.source = source;
        this.handler = handler;
        this.context = context;
        this.originate = originate;
    }

    @Override
    public CompletionStage<MessageBody> handle(IncomingRequest request) throws ReloadException {
        handler.apply((ConfigUpdateReq) request.decodeBody(context), request.sender());
        return CompletableFuture.completedFuture(new ConfigUpdateAns());
    }

    /** Sends this node's configuration along {@code route} to a node whose configuration is older. */
    void push(List<Destination> route) {
        CompletionStage<Answer> sent;
        try {
            ConfigUpdateReq update = ConfigUpdateReq.config(source.document());
            sent = originate.apply(new OutgoingRequest(route, BodyCodec.contents(update), List.of()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot send the configuration (over 2^24-1 bytes?)", e);
            return;
        }
        sent.whenComplete((answer, failure) -> {
            if (failure != null) {
                LOG.log(Level.INFO, "ConfigUpdate towards " + route.get(route.size() - 1) + " failed: " + failure);
            }
        });
    }
}

package org.reloadj.core.node;

import java.util.concurrent.CompletionStage;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.body.MessageBody;

/**
 * Answers requests of one message code that reached their destination at this node and passed
 * verification and the destination checks (RFC 6940, 6.1.1 and 6.3.3.1). The storage engine
 * registers one for Store, Fetch, Stat and Find; the node itself handles Ping, ConfigUpdate,
 * Attach and the topology's requests.
 *
 * <p>Called on the node's event loop; the stage must complete on it too. A failure with a
 * {@link ReloadException} is answered with its error code; the node builds, signs and routes the
 * response, and remembers it for retransmissions (6.2.1).
 */
@FunctionalInterface
public interface RequestHandler {
    /**
     * The body of the answer to {@code request} (its message code must be the request's plus
     * one).
     *
     * @throws ReloadException the error to answer with, when known at once
     */
    CompletionStage<MessageBody> handle(IncomingRequest request) throws ReloadException;
}

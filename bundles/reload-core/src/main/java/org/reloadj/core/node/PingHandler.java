package org.reloadj.core.node;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.random.RandomGenerator;
import org.reloadj.api.ReloadException;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.PingAns;
import org.reloadj.wire.io.WireContext;

/**
 * Answers Ping (RFC 6940, 6.5.3): a random 64-bit response id and the time of answering, in
 * milliseconds since the epoch like a storage_time (7). The padding is read and ignored.
 */
final class PingHandler implements RequestHandler {
    private final RandomGenerator random;
    private final Clock clock;
    private final WireContext context;

    PingHandler(RandomGenerator random, Clock clock, WireContext context) {
        this.random = random;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public CompletionStage<MessageBody> handle(IncomingRequest request) throws ReloadException {
        request.decodeBody(context); // a malformed PingReq is answered with Error_Invalid_Message
        return CompletableFuture.completedFuture(new PingAns(random.nextLong(), clock.millis()));
    }
}

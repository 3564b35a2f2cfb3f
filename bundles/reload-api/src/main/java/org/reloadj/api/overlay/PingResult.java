package org.reloadj.api.overlay;

import java.time.Duration;
import java.time.Instant;
import org.reloadj.api.NodeId;

/**
 * A Ping's answer (RFC 6940, 6.5.3.2).
 *
 * @param responder  the Node-ID that answered (from its signature)
 * @param responseId the responder's random response id
 * @param time       the responder's time of answering
 * @param roundTrip  the time from sending to the answer
 */
public record PingResult(NodeId responder, long responseId, Instant time, Duration roundTrip) {
}

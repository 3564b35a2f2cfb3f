package org.reloadj.core.node;

/**
 * Why the node dropped a message without answering it (RFC 6940, 6.1: "local policy can ...
 * cause the message to be silently dropped"; several cases must be silent). Counted per reason,
 * so that malformed and hostile input shows in metrics and tests can tell the cases apart.
 */
public enum DropReason {
    /** The forwarding header or, at the destination, the contents or security block did not parse. */
    MALFORMED,
    /** The overlay field names another overlay (6.3.2). */
    WRONG_OVERLAY,
    /** A message from a link the connection table does not hold. */
    UNKNOWN_LINK,
    /** A response or fragment that broke a forwarding rule that would have answered a request. */
    UNANSWERABLE,
    /** No connected peer leads towards the destination. */
    NO_ROUTE,
    /** A Node-ID this peer is responsible for, of a node not connected to it (6.1.1). */
    NO_SUCH_NODE,
    /** A Resource-ID this peer is responsible for, not last in the destination list (6.1.1). */
    RESOURCE_NOT_LAST,
    /** A compressed id whose slot is empty or of another generation (6.3.2.2). */
    STALE_COMPRESSED_ID,
    /** An opaque id or destination type this node did not make and cannot read (6.1.3). */
    UNREADABLE_DESTINATION,
    /** A client does not route messages for others (4.2). */
    CLIENT_DOES_NOT_ROUTE,
    /** The signature or certificate did not verify at the destination (6.3.4). */
    VERIFICATION_FAILED,
    /** A retransmitted request that is still being processed (6.2.1). */
    REQUEST_IN_PROGRESS,
    /** A response no pending transaction waits for, or from the wrong node (6.3.4). */
    UNEXPECTED_RESPONSE,
    /** Fragments that were not all received within the request lifetime (6.7). */
    REASSEMBLY_TIMEOUT,
    /** Fragments that do not fit the reassembly buffers or the max-message-size (6.7). */
    REASSEMBLY_OVERFLOW
}

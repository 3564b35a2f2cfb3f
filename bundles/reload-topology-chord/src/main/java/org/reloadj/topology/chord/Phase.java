package org.reloadj.topology.chord;

/**
 * Where a node is in its life in the overlay (RFC 6940, 10.5 and 10.9). Only a joined peer is
 * responsible for part of the ring; a joining node routes through the peers it has contacted but
 * takes no part of the ring (10.5, step 3: "JN will not get messages that it is expected to route
 * to other nodes").
 */
enum Phase {
    /** Created; {@code join()} not called yet. */
    IDLE,
    /** Joining through an admitting peer (10.5), or again after losing every peer (10.7.1). */
    JOINING,
    /** A peer of the ring, responsible for (predecessor, self]. */
    JOINED,
    /** Sending its Leaves and handing its data over (10.9). */
    LEAVING,
    /** Left; answers nothing for the ring any more. */
    LEFT;

    /** Whether the node takes part in the ring's maintenance. */
    boolean active() {
        return this == JOINING || this == JOINED;
    }
}

package org.reloadj.usage.turn;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

/**
 * TURN servers in one overlay (RFC 6940, 9): advertising that this peer offers one, and finding
 * those others offer. Failures complete the stages with the overlay's
 * {@link org.reloadj.api.ReloadException}.
 */
@ProviderType
public interface TurnServers {
    /**
     * Records {@code address}, the address of a TURN server (RFC 5766) this peer offers, e.g. a
     * coturn its operator runs, in the overlay: a TurnServer at H(Node-ID || d) for each d from 1
     * to the turn-density (9). Values live for the settings' lifetime: advertise again before.
     *
     * @return the Resource-IDs stored at, by iteration; fails with IllegalArgumentException for an
     *         unresolved address, or a private one when the settings do not allow it
     */
    CompletionStage<List<ResourceId>> advertise(InetSocketAddress address);

    /** Removes this peer's advertisements (stores nonexistent values, 7.2.1, at every iteration). */
    CompletionStage<Void> withdraw();

    /**
     * Finds a TURN server another node advertises, as 9 describes: picks a random Resource-ID,
     * asks the peer responsible for it for the closest TURN-SERVICE resource it stores (Find,
     * 7.4.4) and fetches it; tries other random Resource-IDs while nothing is found, up to the
     * settings' attempts.
     */
    CompletionStage<Optional<Server>> discover();

    /** Finds up to {@code count} TURN servers of distinct addresses, as {@link #discover()}. */
    CompletionStage<List<Server>> discover(int count);

    /**
     * A TURN server found in the overlay.
     *
     * @param address    where it is contacted
     * @param advertiser the node that stored it (the signer of the value)
     * @param iteration  the d of the Resource-ID it was found at
     * @param resource   that Resource-ID, H(advertiser || d)
     */
    record Server(InetSocketAddress address, NodeId advertiser, int iteration, ResourceId resource) {
    }
}

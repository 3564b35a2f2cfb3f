package org.reloadj.sim;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.node.Answer;
import org.reloadj.core.node.Node;
import org.reloadj.core.node.OutgoingRequest;
import org.reloadj.core.peer.StorageService;
import org.reloadj.topology.chord.ChordTopology;

/**
 * One simulated peer: a real {@link Node} with the CHORD-RELOAD topology and a peer's storage,
 * listening at its own address of the in-memory network. Built by {@link SimPeers}.
 */
final class SimPeer {
    private final Node node;
    private final ChordTopology topology;
    private final StorageService storage;
    private final PeerSecurity security;
    private final InetSocketAddress address;
    private boolean alive = true;

    SimPeer(Node node, StorageService storage, PeerSecurity security, InetSocketAddress address) {
        this.node = node;
        this.topology = (ChordTopology) node.topology();
        this.storage = storage;
        this.security = security;
        this.address = address;
    }

    /** The Node-ID. */
    NodeId id() {
        return node.settings().nodeId();
    }

    /** The address it accepts links on. */
    InetSocketAddress address() {
        return address;
    }

    /** Its topology. */
    ChordTopology topology() {
        return topology;
    }

    /** Its signatures. */
    PeerSecurity security() {
        return security;
    }

    /** Whether it is a peer of the ring: alive and joined. */
    boolean isJoined() {
        return alive && topology.isJoined();
    }

    /** Whether it has not crashed. */
    boolean isAlive() {
        return alive;
    }

    /** Whether it has any link. */
    boolean isLinked() {
        return !node.connectedPeers().isEmpty();
    }

    /** Links to the bootstrap node at {@code via} and attaches to its admitting peer (RFC 6940, 11.4). */
    CompletionStage<NodeId> bootstrap(InetSocketAddress via) {
        return bootstrap(List.of(via));
    }

    /**
     * Links to the first of the bootstrap nodes {@code in order} that answers and attaches to its
     * admitting peer (RFC 6940, 11.4); the node keeps them, to look for partitions (10.7.4.4).
     */
    CompletionStage<NodeId> bootstrap(List<InetSocketAddress> inOrder) {
        return node.bootstrap(inOrder);
    }

    /** Joins the ring (10.5), or takes the whole ring when it has no link. */
    void join() {
        topology.join();
    }

    /** Whether its storage holds anything at {@code resource}, as responsible peer or replica. */
    boolean stores(ResourceId resource) {
        return alive && storage.storedResources().contains(resource);
    }

    /** Sends a request from this peer. */
    CompletionStage<Answer> send(OutgoingRequest request) {
        return node.send(request);
    }

    /**
     * Fails without a word: its links drop (its neighbours see them go down), nothing is handed
     * over and no Leave is sent (10.7.1). It is cut off from the network for good, so that a link
     * it was opening (answering an Attach) cannot bring it back, and its storage and timers stop.
     */
    void crash(InMemoryNetwork network) {
        alive = false;
        network.partition(List.of(id()));
        network.disconnect(id());
        storage.cancel();
        // every link is closed already: this only stops the topology's timers, its Leaves go nowhere
        topology.leave();
    }
}

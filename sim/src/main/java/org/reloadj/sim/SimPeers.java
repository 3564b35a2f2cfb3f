package org.reloadj.sim;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.topology.TopologyPlugin;
import org.reloadj.core.net.InMemoryNetwork;
import org.reloadj.core.node.ConfigurationSource;
import org.reloadj.core.node.Node;
import org.reloadj.core.node.NodeSettings;
import org.reloadj.core.peer.StorageService;
import org.reloadj.core.sim.StaticRingTopology;
import org.reloadj.core.storage.AccessControl;
import org.reloadj.core.storage.InMemoryStorageBackend;
import org.reloadj.core.storage.StorageEngine;
import org.reloadj.core.time.VirtualScheduler;
import org.reloadj.core.usage.UsageRegistry;
import org.reloadj.topology.chord.ChordPlugin;
import org.reloadj.topology.chord.ChordTopology;

/**
 * Makes the simulated peers, each a real node of the engine (reload-core) with the CHORD-RELOAD
 * plug-in, a peer's storage and replication, over one in-memory network on one virtual-time
 * scheduler. What every peer would hold alike is made once and shared: the kind table (the
 * simulation's item kind), the topology parameters, the plug-in, the access control, the
 * configuration source, the signatures' key or CA and certificate validator.
 */
final class SimPeers {
    /** The overlay's name. */
    static final String OVERLAY = "sim.reloadj.org";
    /** CHORD-RELOAD's Node-IDs have 128 bits (RFC 6940, 10.2). */
    static final int NODE_ID_LENGTH = 16;
    /** How often a peer sweeps expired values. */
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

    private final VirtualScheduler scheduler;
    private final InMemoryNetwork network;
    private final SimSecurity security;
    private final MaintenanceCounter maintenance;
    private final SplittableRandom random;
    private final UsageRegistry usages = new UsageRegistry(List.of(Items.KIND));
    private final TopologyPlugin plugin = new ChordPlugin();
    private final AccessControl access;
    private final Map<String, String> parameters;
    private final ConfigurationSource configuration = new FixedConfiguration(1, Opaque.EMPTY);
    private int addresses;

    SimPeers(VirtualScheduler scheduler, InMemoryNetwork network, SimSecurity security, MaintenanceCounter maintenance,
            SplittableRandom random, Duration updateInterval) {
        this.scheduler = scheduler;
        this.network = network;
        this.security = security;
        this.maintenance = maintenance;
        this.random = random;
        this.parameters = Map.of("chord-update-interval", Long.toString(updateInterval.toSeconds()));
        this.access = new AccessControl(SimPeers::resourceId);
    }

    /** The Resource-ID of a Resource Name: SHA-1 cut to 128 bits (10.2), as every peer's topology hashes. */
    static ResourceId resourceId(Opaque name) {
        return StaticRingTopology.sha1(name, NODE_ID_LENGTH);
    }

    /** The kinds every peer knows. */
    UsageRegistry usages() {
        return usages;
    }

    /** A new peer with a random Node-ID, listening at an address of its own, not yet joined. */
    SimPeer create() {
        byte[] id = new byte[NODE_ID_LENGTH];
        random.nextBytes(id);
        NodeId nodeId = NodeId.of(id);
        InetSocketAddress address = InMemoryNetwork.address(addresses++);
        PeerSecurity peerSecurity = security.issue(nodeId, "peer" + addresses + "@" + OVERLAY);
        // the node's security and Probe answers need the topology and storage the node itself makes
        StorageEngine[] engine = new StorageEngine[1];
        ChordTopology[] topology = new ChordTopology[1];
        Node node = Node.builder().settings(NodeSettings.builder(OVERLAY, nodeId).topologyParameters(parameters).build())
                .scheduler(scheduler).random(new SplittableRandom(random.nextLong())).links(network.provider(nodeId))
                .security(peerSecurity.messages().apply((responder, resource) ->
                        topology[0].mayRespondFor(responder, resource)))
                .configuration(configuration).topology(context -> plugin.create(maintenance.wrap(context)))
                .resourceCount(() -> engine[0] == null ? 0 : engine[0].resourceCount()).build();
        topology[0] = (ChordTopology) node.topology();
        engine[0] = new StorageEngine(usages::table, new InMemoryStorageBackend(), peerSecurity.storedData(), access,
                resource -> othersOf(topology[0], resource, nodeId), topology[0]::isPlausibleReplicaSource,
                scheduler.clock());
        StorageService storage = StorageService.start(node, engine[0], usages, peerSecurity.valueCertificates(),
                scheduler, PURGE_INTERVAL);
        node.listen(address);
        return new SimPeer(node, storage, peerSecurity, address);
    }

    /** The replica set of {@code resource} as {@code topology} sees it, without {@code self} (7.4.1.2). */
    private static List<NodeId> othersOf(ChordTopology topology, ResourceId resource, NodeId self) {
        List<NodeId> set = new ArrayList<>(topology.replicaSet(resource));
        set.remove(self);
        return set;
    }

    /** The configuration every peer runs with: one sequence number, no document to push. */
    private record FixedConfiguration(int sequence, Opaque document) implements ConfigurationSource {
    }
}

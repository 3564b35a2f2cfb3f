package org.reloadj.core.peer;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.Identifier;
import org.reloadj.api.NodeId;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.topology.Topology;
import org.reloadj.core.node.Failures;
import org.reloadj.core.node.Node;
import org.reloadj.core.node.OutgoingRequest;
import org.reloadj.core.storage.StorageEngine;
import org.reloadj.core.storage.ValueCertificates;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;

/**
 * Keeps copies of stored data where the topology wants them (RFC 6940, 7.4.1.1 and, for
 * CHORD-RELOAD, 10.4, 10.5 and 10.7.3).
 *
 * <ul>
 * <li>After a Store at a resource this peer is responsible for, the resource is sent to each peer
 * of the topology's replica set, replica number 1, 2, ... in order.</li>
 * <li>When responsibility changes, each stored resource is examined: where this peer is
 * responsible, peers new to the replica set get the resource; where it was responsible and no
 * longer is, the resource is handed over to the peer now responsible (a replica Store sent to the
 * Resource-ID, so the routing finds that peer: "AP MUST do a series of Store requests to JN to
 * store the data that JN will be responsible for"); and data of resources for which this peer is
 * neither responsible nor a replica is forgotten ("it SHOULD delete all data associated with R"),
 * after a hand-over once it is answered.</li>
 * </ul>
 * A replica Store carries each resource whole, with the stored generation counters and lifetimes
 * lowered to what remains (7.4.1.1), and the certificates of the values' signers in its security
 * block. A replica Store refused with Error_Forbidden is sent again after 1, 2 and 4 s while it is
 * still wanted: the receiver checks the sender against its own view of the ring, which learns of
 * a joined peer only from Updates that may still be on their way (10.5 step 9). Other failures are
 * logged; resynchronising after Error_Generation_Counter_Too_Low or Error_Data_Too_Old (7.4.1.1:
 * "MUST fetch the newer data") is not done yet. Runs on the node's event loop.
 */
final class Replicator {
    private static final System.Logger LOG = System.getLogger("org.reloadj.core.peer");
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final int RETRIES = 3;

    private final Node node;
    private final Topology topology;
    private final StorageEngine engine;
    private final ValueCertificates certificates;
    private final Map<ResourceId, List<NodeId>> replicatedTo = new HashMap<>();

    Replicator(Node node, StorageEngine engine, ValueCertificates certificates) {
        this.node = node;
        this.topology = node.topology();
        this.engine = engine;
        this.certificates = certificates;
    }

    /** Data was stored at {@code resource}: copies it to the replicas when this peer is responsible. */
    void stored(ResourceId resource) {
        if (topology.isResponsible(resource)) {
            List<NodeId> replicas = replicas(resource);
            pushTo(resource, replicas);
            replicatedTo.put(resource, replicas);
        }
    }

    /** Responsibility changed: replicates to new replicas, hands over, forgets (10.7.3). */
    void rebalance() {
        List<ResourceId> stored = engine.storedResources();
        replicatedTo.keySet().retainAll(new HashSet<>(stored));
        for (ResourceId resource : stored) {
            boolean wasResponsible = replicatedTo.containsKey(resource);
            if (topology.isResponsible(resource)) {
                List<NodeId> replicas = replicas(resource);
                List<NodeId> added = new ArrayList<>(replicas);
                added.removeAll(replicatedTo.getOrDefault(resource, List.of()));
                pushTo(resource, added);
                replicatedTo.put(resource, replicas);
            } else if (wasResponsible) {
                replicatedTo.remove(resource);
                handOver(resource);
            } else if (!isReplica(resource)) {
                engine.drop(resource);
            }
        }
    }

    private void pushTo(ResourceId resource, List<NodeId> peers) {
        for (NodeId peer : peers) {
            send(peer, resource, () -> replicas(resource).indexOf(peer) + 1,
                    () -> topology.isResponsible(resource) && replicas(resource).contains(peer), 0);
        }
    }

    private void handOver(ResourceId resource) {
        send(resource, resource, () -> 1, () -> !topology.isResponsible(resource), 0).thenAccept(done -> {
            if (done && !topology.isResponsible(resource) && !isReplica(resource)) {
                engine.drop(resource);
            }
        });
    }

    /**
     * Sends the replica Store of {@code resource} to {@code target}, again later if it is refused
     * and still {@code wanted}; completes with whether it succeeded (true too when nothing is left
     * to send).
     */
    private CompletionStage<Boolean> send(Identifier<?> target, ResourceId resource, IntSupplier replicaNumber,
            BooleanSupplier wanted, int attempt) {
        Optional<StoreReq> store = engine.replicaStore(resource, replicaNumber.getAsInt());
        if (store.isEmpty()) {
            return CompletableFuture.completedFuture(true);
        }
        List<StoredData> values = store.get().kindData().stream().map(StoreKindData::values)
                .flatMap(List::stream).toList();
        OutgoingRequest request = OutgoingRequest.to(target, store.get())
                .withCertificates(certificates.certificatesOf(values));
        return node.send(request).handle((answer, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(true);
            }
            if (isForbidden(failure) && attempt < RETRIES) {
                Duration wait = FIRST_RETRY.multipliedBy(1L << attempt);
                LOG.log(Level.DEBUG, () -> "replica Store of " + resource + " to " + target + " refused ("
                        + failure + "); sending it again in " + wait.toMillis() + " ms");
                CompletableFuture<Boolean> later = new CompletableFuture<>();
                node.scheduler().schedule(wait, () -> {
                    if (wanted.getAsBoolean()) {
                        send(target, resource, replicaNumber, wanted, attempt + 1).whenComplete((done, e) ->
                                later.complete(e == null && done));
                    } else {
                        later.complete(false);
                    }
                });
                return later;
            }
            LOG.log(Level.INFO, "replica Store of " + resource + " to " + target + " failed: " + failure);
            return CompletableFuture.completedFuture(false);
        }).thenCompose(Function.identity());
    }

    private static boolean isForbidden(Throwable failure) {
        return Failures.cause(failure) instanceof ReloadException e && e.errorCode() == ErrorCode.ERROR_FORBIDDEN;
    }

    /** The replica set of {@code resource} without this peer. */
    private List<NodeId> replicas(ResourceId resource) {
        return othersOf(topology, resource, node.settings().nodeId());
    }

    /** The topology's replica set of {@code resource} without {@code self}. */
    static List<NodeId> othersOf(Topology topology, ResourceId resource, NodeId self) {
        List<NodeId> set = new ArrayList<>(topology.replicaSet(resource));
        set.remove(self);
        return set;
    }

    private boolean isReplica(ResourceId resource) {
        return topology.replicaSet(resource).contains(node.settings().nodeId());
    }
}

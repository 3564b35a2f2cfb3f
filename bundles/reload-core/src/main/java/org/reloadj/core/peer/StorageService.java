package org.reloadj.core.peer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.reloadj.api.Cancellable;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.ErrorResponseException;
import org.reloadj.api.registry.MessageCode;
import org.reloadj.api.topology.Topology;
import org.reloadj.core.node.CertifiedBody;
import org.reloadj.core.node.IncomingRequest;
import org.reloadj.core.node.Node;
import org.reloadj.core.node.RequestHandler;
import org.reloadj.core.node.VerifiedSender;
import org.reloadj.core.storage.StorageEngine;
import org.reloadj.core.storage.StorageException;
import org.reloadj.core.storage.StoredKind;
import org.reloadj.core.storage.ValueCertificates;
import org.reloadj.core.storage.Writer;
import org.reloadj.core.time.Scheduler;
import org.reloadj.core.usage.UsageRegistry;
import org.reloadj.wire.body.FetchAns;
import org.reloadj.wire.body.FetchReq;
import org.reloadj.wire.body.FindReq;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.StatReq;
import org.reloadj.wire.body.StoreAns;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.storage.FetchKindResponse;
import org.reloadj.wire.storage.StoredData;

/**
 * A peer's storage on the overlay (RFC 6940, 7.4): Store, Fetch, Stat and Find requests that reach
 * this peer go to its {@link StorageEngine}, decoded with the data models of the kinds the node
 * knows now ({@link UsageRegistry}).
 *
 * <ul>
 * <li>Store (7.4.1): an original Store must be for a Resource-ID this peer is responsible for
 * (otherwise Error_Not_Found); a replica Store is the engine's to judge (plausible sender). The
 * request's signer is checked against the kind's access control with the Node-IDs and user name of
 * its certificate (7.3), every value's signature with the certificates of the message (7.1). A
 * Store of kinds the node does not know is refused with Error_Unknown_Kind listing all of them
 * (7.4.1.2). After a successful Store the {@link Replicator} copies the resource to the replicas.</li>
 * <li>Fetch (7.4.2) and Stat (7.4.3) are answered for what this peer holds, as responsible peer
 * or as replica; a FetchAns carries the certificates of the values' signers (6.3.4).</li>
 * <li>Find (7.4.4): "If the processing peer is not responsible for the specified Resource-ID, it
 * SHOULD return an Error_Not_Found error code."</li>
 * </ul>
 * When the topology says responsibility changed, the {@link Replicator} re-examines what is stored;
 * expired values are purged periodically (7.4.1.3). Runs on the node's event loop.
 */
public final class StorageService implements Cancellable {
    /** How often expired values are swept by default. */
    public static final Duration DEFAULT_PURGE_INTERVAL = Duration.ofMinutes(1);

    private final Node node;
    private final Topology topology;
    private final StorageEngine engine;
    private final UsageRegistry usages;
    private final ValueCertificates certificates;
    private final Replicator replicator;
    private final Scheduler scheduler;
    private final Duration purgeInterval;
    private final List<Cancellable> registrations = new ArrayList<>();
    private Scheduler.Timer purgeTimer;
    private boolean stopped;

    private StorageService(Node node, StorageEngine engine, UsageRegistry usages, ValueCertificates certificates,
            Scheduler scheduler, Duration purgeInterval) {
        this.node = node;
        this.topology = node.topology();
        this.engine = engine;
        this.usages = usages;
        this.certificates = certificates;
        this.replicator = new Replicator(node, engine, certificates);
        this.scheduler = scheduler;
        this.purgeInterval = purgeInterval;
    }

    /**
     * Serves {@code engine}'s storage on {@code node} until {@link #cancel()}d.
     *
     * @param certificates  the certificates of the values' signers, for the answers and replicas
     * @param purgeInterval how often expired values are swept
     */
    public static StorageService start(Node node, StorageEngine engine, UsageRegistry usages,
            ValueCertificates certificates, Scheduler scheduler, Duration purgeInterval) {
        StorageService s = new StorageService(Objects.requireNonNull(node, "node"), Objects.requireNonNull(engine,
                "engine"), Objects.requireNonNull(usages, "usages"), Objects.requireNonNull(certificates,
                "certificates"), Objects.requireNonNull(scheduler, "scheduler"), purgeInterval);
        s.registrations.add(node.register(MessageCode.STORE_REQ, r -> answerable(s::store, r)));
        s.registrations.add(node.register(MessageCode.FETCH_REQ, r -> answerable(s::fetch, r)));
        s.registrations.add(node.register(MessageCode.STAT_REQ, r -> answerable(s::stat, r)));
        s.registrations.add(node.register(MessageCode.FIND_REQ, r -> answerable(s::find, r)));
        s.registrations.add(node.onResponsibilityChanged(s.replicator::rebalance));
        s.schedulePurge();
        return s;
    }

    /** Stops serving and purging. */
    @Override
    public void cancel() {
        stopped = true;
        registrations.forEach(Cancellable::cancel);
        registrations.clear();
        if (purgeTimer != null) {
            purgeTimer.cancel();
        }
    }

    /** The Resource-IDs this peer stores something at, ascending (for diagnostics and tests). */
    public List<ResourceId> storedResources() {
        return engine.storedResources();
    }

    /** What this peer stores at {@code resource}, by kind (for diagnostics and tests). */
    public Map<KindId, StoredKind> storedAt(ResourceId resource) {
        return engine.storedAt(resource);
    }

    private CompletionStage<MessageBody> store(IncomingRequest request) throws ReloadException {
        StoreReq store = (StoreReq) decode(request, RequestKinds::ofStore);
        if (store.replicaNumber() == 0 && !topology.isResponsible(store.resource())) {
            throw new ReloadException(ErrorCode.ERROR_NOT_FOUND,
                    "this peer is not responsible for " + store.resource());
        }
        StoreAns answer = engine.store(store, writer(request.sender()), request.message().security().certificates());
        replicator.stored(store.resource());
        return done(answer);
    }

    private CompletionStage<MessageBody> fetch(IncomingRequest request) throws ReloadException {
        FetchAns answer = engine.fetch((FetchReq) decode(request, RequestKinds::ofSpecifiers));
        List<StoredData> values = answer.kindResponses().stream().map(FetchKindResponse::values)
                .flatMap(List::stream).toList();
        return done(new CertifiedBody(answer, certificates.certificatesOf(values)));
    }

    private CompletionStage<MessageBody> stat(IncomingRequest request) throws ReloadException {
        return done(engine.stat((StatReq) decode(request, RequestKinds::ofSpecifiers)));
    }

    private CompletionStage<MessageBody> find(IncomingRequest request) throws ReloadException {
        FindReq find = (FindReq) request.decodeBody(context());
        if (!topology.isResponsible(find.resource())) {
            throw new ReloadException(ErrorCode.ERROR_NOT_FOUND, "this peer is not responsible for " + find.resource());
        }
        return done(engine.find(find));
    }

    /** The body, or Error_Unknown_Kind listing every kind of the request the node does not know. */
    private MessageBody decode(IncomingRequest request, KindReader kinds) throws ReloadException {
        try {
            return request.decodeBody(context());
        } catch (WireException e) {
            if (e.errorCode() == ErrorCode.ERROR_UNKNOWN_KIND) {
                usages.table().resolveAll(kinds.read(request.body()));
            }
            throw e;
        }
    }

    private WireContext context() {
        return node.settings().wireContext().withKindModels(usages.kindModels());
    }

    /** The signer as access control sees it: the certificate's user name and Node-IDs (7.3). */
    private static Writer writer(VerifiedSender sender) {
        return new Writer(sender.userName(), sender.nodeIds(), sender.nodeId());
    }

    private void schedulePurge() {
        if (!stopped) {
            purgeTimer = scheduler.schedule(purgeInterval, () -> {
                engine.purgeExpired();
                schedulePurge();
            });
        }
    }

    /**
     * What {@code handler} answers, a storage refusal turned into an error response with the
     * error_info the RFC prescribes for it (7.4.1.2).
     */
    private static CompletionStage<MessageBody> answerable(RequestHandler handler, IncomingRequest request)
            throws ReloadException {
        try {
            return handler.handle(request);
        } catch (StorageException e) {
            throw new ErrorResponseException(e.errorCode(), e.errorInfo());
        }
    }

    private static CompletionStage<MessageBody> done(MessageBody body) {
        return CompletableFuture.completedFuture(body);
    }

    /** Reads the Kind-IDs of a request body. */
    @FunctionalInterface
    private interface KindReader {
        List<KindId> read(Opaque body) throws WireException;
    }
}

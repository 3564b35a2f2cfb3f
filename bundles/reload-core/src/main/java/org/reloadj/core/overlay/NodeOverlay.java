package org.reloadj.core.overlay;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.reloadj.api.Identifier;
import org.reloadj.api.KindId;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.ResourceId;
import org.reloadj.api.overlay.KindMetadata;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.overlay.PingResult;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.StoreResult;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.api.registry.DataModel;
import org.reloadj.core.node.Answer;
import org.reloadj.core.node.Node;
import org.reloadj.core.node.OutgoingRequest;
import org.reloadj.core.security.SignedStoredData;
import org.reloadj.core.usage.UsageRegistry;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.signature.VerifiedSigner;
import org.reloadj.wire.body.FetchAns;
import org.reloadj.wire.body.FetchReq;
import org.reloadj.wire.body.FindAns;
import org.reloadj.wire.body.FindReq;
import org.reloadj.wire.body.MessageBody;
import org.reloadj.wire.body.StatAns;
import org.reloadj.wire.body.StatReq;
import org.reloadj.wire.body.StoreAns;
import org.reloadj.wire.body.StoreReq;
import org.reloadj.wire.io.WireContext;
import org.reloadj.wire.message.GenericCertificate;
import org.reloadj.wire.storage.FetchKindResponse;
import org.reloadj.wire.storage.FindKindData;
import org.reloadj.wire.storage.StoreKindData;
import org.reloadj.wire.storage.StoredData;
import org.reloadj.wire.storage.StoredDataSpecifier;

/**
 * The {@link Overlay} of one node (RFC 6940, 5 and 7.4), on its message transport: each operation
 * is one request to the peer responsible for the Resource-ID, routed by the overlay, and its
 * answer mapped to the API's types. Every value stored is signed by this node (7.1); every value
 * fetched is verified, and one whose signature or certificate does not hold is discarded (7.4.2.2:
 * "Any values with invalid signatures ... MUST be discarded"), counted in {@link #discardedValues()}
 * as the partial answer the application may want to know of. An error response fails the stage
 * with an {@link org.reloadj.api.overlay.ErrorResponseException} carrying the error code and
 * error_info; no answer in time with Error_Request_Timeout.
 *
 * <p>The data model of a kind is taken from the node's kind table; a kind the node does not know is
 * read in the model its query implies. Like the {@link Node} it runs on, it is called on the
 * node's event loop, and its stages complete there.
 */
public final class NodeOverlay implements Overlay {
    private static final System.Logger LOG = System.getLogger("org.reloadj.core.overlay");

    private final Node node;
    private final UsageRegistry usages;
    private final SignedStoredData storedData;
    private final Clock clock;
    private final AtomicLong discarded = new AtomicLong();

    /** The overlay of {@code node}, whose kinds are {@code usages}'s, signing with {@code storedData}. */
    public NodeOverlay(Node node, UsageRegistry usages, SignedStoredData storedData, Clock clock) {
        this.node = Objects.requireNonNull(node, "node");
        this.usages = Objects.requireNonNull(usages, "usages");
        this.storedData = Objects.requireNonNull(storedData, "storedData");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String overlayName() {
        return node.settings().overlayName();
    }

    @Override
    public NodeId localNodeId() {
        return node.settings().nodeId();
    }

    @Override
    public ResourceId resourceId(Opaque resourceName) {
        return node.topology().resourceId(resourceName);
    }

    @Override
    public CompletionStage<List<StoreResult>> store(ResourceId resource, List<KindValues> values) {
        StoreReq request;
        try {
            List<StoreKindData> data = new ArrayList<>();
            for (KindValues kind : values) {
                data.add(new StoreKindData(kind.kind(), kind.generation(), kind.values().stream()
                        .map(v -> storedData.sign(resource, kind.kind(), v.storageTime().toEpochMilli(),
                                v.lifetime().toSeconds(), WireValues.toWire(v)))
                        .toList()));
            }
            request = new StoreReq(resource, 0, data);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return call(resource, request, node.settings().wireContext(), (answer, body) ->
                ((StoreAns) body).kindResponses().stream()
                        .map(k -> new StoreResult(k.kind(), k.generationCounter(), k.replicas())).toList());
    }

    @Override
    public CompletionStage<List<KindValues>> fetch(ResourceId resource, List<Query> queries) {
        Map<KindId, DataModel> models = modelsOf(queries);
        List<StoredDataSpecifier> specifiers = queries.stream().map(q -> new StoredDataSpecifier(q.kind(),
                q.generation(), WireValues.specifier(q, models.get(q.kind())))).toList();
        return call(resource, new FetchReq(resource, specifiers), context(models), (answer, body) -> {
            List<GenericCertificate> certificates = answer.message().security().certificates();
            List<KindValues> result = new ArrayList<>();
            for (FetchKindResponse k : ((FetchAns) body).kindResponses()) {
                result.add(new KindValues(k.kind(), k.generation(), verified(resource, k, certificates)));
            }
            return result;
        });
    }

    @Override
    public CompletionStage<List<KindMetadata>> stat(ResourceId resource, List<Query> queries) {
        Map<KindId, DataModel> models = modelsOf(queries);
        List<StoredDataSpecifier> specifiers = queries.stream().map(q -> new StoredDataSpecifier(q.kind(),
                q.generation(), WireValues.specifier(q, models.get(q.kind())))).toList();
        return call(resource, new StatReq(resource, specifiers), context(models), (answer, body) ->
                ((StatAns) body).kindResponses().stream().map(k -> new KindMetadata(k.kind(), k.generation(),
                        k.values().stream().map(WireValues::fromWire).toList())).toList());
    }

    /** Kinds of which the responsible peer stores nothing are left out of the map (7.4.4.2: Resource-ID 0). */
    @Override
    public CompletionStage<Map<KindId, ResourceId>> find(ResourceId resource, Set<KindId> kinds) {
        FindReq request;
        try {
            request = new FindReq(resource, List.copyOf(new TreeSet<>(kinds)));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return call(resource, request, node.settings().wireContext(), (answer, body) -> {
            Map<KindId, ResourceId> found = new LinkedHashMap<>();
            for (FindKindData d : ((FindAns) body).results()) {
                if (!isZero(d.closest())) {
                    found.put(d.kind(), d.closest());
                }
            }
            return found;
        });
    }

    @Override
    public CompletionStage<PingResult> ping(Identifier<?> destination) {
        return node.ping(destination);
    }

    /** The fetched values discarded so far because their signature did not verify. */
    public long discardedValues() {
        return discarded.get();
    }

    /** The values of one kind whose signatures verify, signers named. */
    private List<StoredValue> verified(ResourceId resource, FetchKindResponse kind,
            List<GenericCertificate> certificates) {
        List<StoredValue> values = new ArrayList<>();
        for (StoredData data : kind.values()) {
            try {
                Optional<VerifiedSigner> signer = storedData.verifyFetched(resource, kind.kind(), data, certificates);
                values.add(WireValues.fromWire(data, signer.map(s -> new StoredValue.Signer(s.userName(), s.nodeId()))));
            } catch (ReloadSecurityException e) {
                discarded.incrementAndGet();
                LOG.log(Level.WARNING, "discarded a value of kind " + kind.kind() + " at " + resource + ": " + e);
            }
        }
        return values;
    }

    /** The data model of each queried kind: the node's, or the one the query implies. */
    private Map<KindId, DataModel> modelsOf(List<Query> queries) {
        Map<KindId, DataModel> models = new HashMap<>();
        for (Query q : queries) {
            models.put(q.kind(), usages.table().find(q.kind()).map(k -> k.definition().dataModel())
                    .orElseGet(() -> WireValues.impliedModel(q)));
        }
        return models;
    }

    private WireContext context(Map<KindId, DataModel> models) {
        return node.settings().wireContext().withKindModels(usages.kindModels().with(models));
    }

    private <T> CompletionStage<T> call(ResourceId resource, MessageBody request, WireContext context,
            AnswerMapper<T> mapper) {
        return node.send(OutgoingRequest.to(resource, request)).thenCompose(answer -> {
            try {
                return CompletableFuture.completedFuture(mapper.map(answer, answer.decodeBody(context)));
            } catch (ReloadException | RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    private static boolean isZero(ResourceId id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.bytes().byteAt(i) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Makes the API's result of an answer and its decoded body. */
    @FunctionalInterface
    private interface AnswerMapper<T> {
        T map(Answer answer, MessageBody body) throws ReloadException;
    }
}

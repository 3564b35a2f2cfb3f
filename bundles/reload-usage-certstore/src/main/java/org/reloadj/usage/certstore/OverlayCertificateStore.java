package org.reloadj.usage.certstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.overlay.KindValues;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.overlay.Query;
import org.reloadj.api.overlay.Slot;
import org.reloadj.api.overlay.StoredValue;
import org.reloadj.security.ReloadCertificate;

/**
 * The {@link CertificateStore} of one node, on its {@link Overlay} (RFC 6940, 8): a fetch of the
 * whole array at H(Node-ID) or H(user name), and a store at index 0xffffffff to append (7.4.1.1).
 *
 * <p>A published value lives until the certificate's notAfter (at most 2^32-1 seconds, the
 * lifetime's range, 7): a value whose certificate has expired cannot be verified and "can no
 * longer be retrieved" (5.1), so it may as well leave the storing peer's array then. A renewed
 * certificate is published anew; nothing needs refreshing in between.
 *
 * <p>Every certificate found is also handed to the {@link OverlayCertificateSource}, so that
 * signature verification can use it. Thread-safe if the overlay is.
 */
public final class OverlayCertificateStore implements CertificateStore {
    private static final Duration MAX_LIFETIME = Duration.ofSeconds(0xFFFF_FFFFL);

    private final Overlay overlay;
    private final Clock clock;
    private final OverlayCertificateSource found;

    /**
     * The Certificate Store of {@code overlay}.
     *
     * @param clock the time of storing (7: storage_time) and of expiry
     * @param found receives every certificate found
     */
    public OverlayCertificateStore(Overlay overlay, Clock clock, OverlayCertificateSource found) {
        this.overlay = Objects.requireNonNull(overlay, "overlay");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.found = Objects.requireNonNull(found, "found");
    }

    @Override
    public CompletionStage<Void> publish(ReloadCertificate certificate) {
        NodeId self = overlay.localNodeId();
        Instant now = clock.instant();
        Duration lifetime = Duration.between(now, certificate.x509().getNotAfter().toInstant());
        if (!certificate.holds(self)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "the certificate of " + certificate.nodeIds() + " is not this node's, " + self));
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("the certificate has expired"));
        }
        StoredValue value = StoredValue.of(new Slot.Index(Slot.APPEND), certificate.der(), now,
                lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime);
        return appendIfAbsent(CertificateStoreUsage.CERTIFICATE_BY_NODE, CertificateStoreUsage.nodeResourceName(self),
                value).thenCombine(appendIfAbsent(CertificateStoreUsage.CERTIFICATE_BY_USER,
                        CertificateStoreUsage.userResourceName(certificate.userName()), value), (a, b) -> null);
    }

    @Override
    public CompletionStage<List<ReloadCertificate>> findByNode(NodeId nodeId) {
        return find(CertificateStoreUsage.CERTIFICATE_BY_NODE, CertificateStoreUsage.nodeResourceName(nodeId),
                signer -> signer.nodeId().equals(nodeId), c -> c.holds(nodeId));
    }

    @Override
    public CompletionStage<List<ReloadCertificate>> findByUser(String userName) {
        return find(CertificateStoreUsage.CERTIFICATE_BY_USER, CertificateStoreUsage.userResourceName(userName),
                signer -> signer.userName().equals(userName), c -> c.userName().equals(userName));
    }

    @Override
    public CompletionStage<Boolean> isUserNameTaken(String userName) {
        NodeId self = overlay.localNodeId();
        return findByUser(userName).thenApply(certificates -> certificates.stream().anyMatch(c -> !c.holds(self)));
    }

    private CompletionStage<Void> appendIfAbsent(KindDefinition kind, Opaque resourceName, StoredValue value) {
        ResourceId resource = overlay.resourceId(resourceName);
        return fetchAll(kind, resource).thenCompose(stored -> StoredCertificates.holds(stored, value.value())
                ? CompletableFuture.completedFuture(null)
                : overlay.store(resource, List.of(new KindValues(kind.id(), 0, List.of(value)))).thenApply(r -> null));
    }

    private CompletionStage<List<ReloadCertificate>> find(KindDefinition kind, Opaque resourceName,
            Predicate<StoredValue.Signer> writer, Predicate<ReloadCertificate> owner) {
        int nodeIdLength = overlay.localNodeId().length();
        return fetchAll(kind, overlay.resourceId(resourceName)).thenApply(stored -> {
            List<ReloadCertificate> certificates = StoredCertificates.read(stored, nodeIdLength, writer, owner);
            certificates.forEach(found::remember);
            return certificates;
        });
    }

    /** The whole array of {@code kind} at {@code resource} (7.4.2.1: last index 0xffffffff, the end). */
    private CompletionStage<KindValues> fetchAll(KindDefinition kind, ResourceId resource) {
        return overlay.fetch(resource, List.of(Query.range(kind.id(), 0, Slot.APPEND))).thenApply(r -> r.get(0));
    }
}

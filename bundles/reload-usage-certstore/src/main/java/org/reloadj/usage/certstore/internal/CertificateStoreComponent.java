package org.reloadj.usage.certstore.internal;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.reloadj.api.NodeId;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.usage.certstore.CertificateStore;
import org.reloadj.usage.certstore.OverlayCertificateSource;
import org.reloadj.usage.certstore.OverlayCertificateStore;
import org.reloadj.wire.message.SignerIdentity;

/**
 * The Certificate Store (RFC 6940, 8) as OSGi services: a {@link CertificateStore} on the node's
 * {@link Overlay} service and the {@link CertificateSource} of the certificates it finds.
 *
 * <p>The Overlay is a dynamic, optional reference: the certificate source must exist before the
 * node (whose signature verifier takes it) and so before the node's Overlay service. Without an
 * overlay, the store's stages fail with IllegalStateException and the source knows nothing; a
 * new overlay starts with an empty source. One framework running several nodes gets one
 * component per node from factory configurations, each naming its node with the reference's
 * target property {@code overlay.target}, an LDAP filter on the Overlay service's properties.
 */
@Component(service = {CertificateStore.class, CertificateSource.class}, configurationPid = CertificateStoreComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CertificateStoreComponent.Config.class, factory = true)
public final class CertificateStoreComponent implements CertificateStore, CertificateSource {
    /** The configuration PID. */
    public static final String PID = "org.reloadj.usage.certstore";

    private final OverlayCertificateSource source;
    private volatile Bound bound;

    /** The component's configuration. */
    @ObjectClassDefinition(name = "ReloadJ Certificate Store",
            description = "The Certificate Store usage (RFC 6940, 8) of one node")
    public @interface Config {
        /** How many certificates found in the overlay signature verification may use. */
        @AttributeDefinition(description = "Certificates found in the overlay kept for signature verification")
        int candidates() default OverlayCertificateSource.DEFAULT_CAPACITY;
    }

    /** An overlay and the store on it. */
    private record Bound(Overlay overlay, CertificateStore store) {
    }

    /** The component, configured by {@code config}. */
    @Activate
    public CertificateStoreComponent(Config config) {
        this.source = new OverlayCertificateSource(config.candidates());
    }

    /** Binds the node's overlay. */
    @Reference(name = "overlay", policy = ReferencePolicy.DYNAMIC, cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindOverlay(Overlay overlay) {
        source.clear();
        bound = new Bound(overlay, new OverlayCertificateStore(overlay, Clock.systemUTC(), source));
    }

    /** Unbinds the node's overlay. */
    void unbindOverlay(Overlay overlay) {
        Bound b = bound;
        if (b != null && b.overlay() == overlay) {
            bound = null;
            source.clear();
        }
    }

    @Override
    public CompletionStage<Void> publish(ReloadCertificate certificate) {
        return withStore(s -> s.publish(certificate));
    }

    @Override
    public CompletionStage<List<ReloadCertificate>> findByNode(NodeId nodeId) {
        return withStore(s -> s.findByNode(nodeId));
    }

    @Override
    public CompletionStage<List<ReloadCertificate>> findByUser(String userName) {
        return withStore(s -> s.findByUser(userName));
    }

    @Override
    public CompletionStage<Boolean> isUserNameTaken(String userName) {
        return withStore(s -> s.isUserNameTaken(userName));
    }

    @Override
    public Optional<List<X509Certificate>> find(SignerIdentity identity) {
        return source.find(identity);
    }

    private <T> CompletionStage<T> withStore(Function<CertificateStore, CompletionStage<T>> call) {
        Bound b = bound;
        return b == null ? CompletableFuture.failedFuture(new IllegalStateException("no overlay to use"))
                : call.apply(b.store());
    }
}

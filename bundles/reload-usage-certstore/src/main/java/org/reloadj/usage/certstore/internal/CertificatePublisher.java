package org.reloadj.usage.certstore.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.reloadj.api.node.OverlayNode;
import org.reloadj.security.ReloadCertificate;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.usage.certstore.OverlayCertificateSource;
import org.reloadj.usage.certstore.OverlayCertificateStore;

/**
 * The publish-on-join hook of the Certificate Store (RFC 6940, 8: "each node ... stores its
 * certificate"): a node registers its {@link OverlayNode} service once it has joined, and this
 * component then publishes the node's certificate under CERTIFICATE_BY_NODE and
 * CERTIFICATE_BY_USER, for each node running in the framework.
 */
@Component(service = {})
public final class CertificatePublisher {
    private static final System.Logger LOG = System.getLogger("org.reloadj.usage.certstore");

    /** The component. */
    public CertificatePublisher() {
        // made by the component runtime
    }

    /** A node joined: its certificate is published. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindNode(OverlayNode node) {
        ReloadCertificate certificate;
        try {
            certificate = ReloadCertificate.parse(node.certificateChain().get(0),
                    node.status().nodeId().length());
        } catch (ReloadSecurityException e) {
            LOG.log(Level.WARNING, "the certificate of node " + node.status().nodeId() + " is not usable", e);
            return;
        }
        new OverlayCertificateStore(node.overlay(), Clock.systemUTC(), new OverlayCertificateSource())
                .publish(certificate).whenComplete((done, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "publishing the certificate of " + certificate.userName() + " failed: "
                                + failure, failure);
                    } else {
                        LOG.log(Level.INFO, "published the certificate of " + certificate.userName());
                    }
                });
    }

    /** A node left; nothing to undo (its certificate stays valid until it expires). */
    void unbindNode(OverlayNode node) {
        // the values expire with the certificate
    }
}

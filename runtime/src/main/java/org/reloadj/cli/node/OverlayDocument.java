package org.reloadj.cli.node;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.config.BootstrapNode;
import org.reloadj.config.KindBlock;
import org.reloadj.config.LocalKindName;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.usage.certstore.CertificateStoreUsage;
import org.reloadj.usage.turn.TurnServiceUsage;

/**
 * The Configuration Document of a new overlay (RFC 6940, 11.1): sequence 1, expiring with its
 * root certificate, CHORD-RELOAD with 16-byte Node-IDs, the root-cert, the enrollment-server, the
 * first peer as bootstrap-node, TLS links, clients permitted, and the standard kinds (the
 * Certificate Store's CERTIFICATE_BY_NODE and CERTIFICATE_BY_USER, 8; TURN-SERVICE, 9) and
 * {@value #DEMO_NOTE}: a private-use kind for trying the overlay out, one value of up to 1024
 * bytes per user.
 */
public final class OverlayDocument {
    /** The demo kind's name. */
    public static final String DEMO_NOTE = "demo-note";
    /** The demo kind: SINGLE, USER-MATCH, max-size 1024. */
    public static final KindDefinition DEMO_NOTE_KIND = KindDefinition.of(new KindId(0xF000_1000L), DEMO_NOTE,
            DataModel.SINGLE_VALUE, AccessControlPolicy.USER_MATCH, 1, 1024);

    private OverlayDocument() {
    }

    /** The document of overlay {@code name}. */
    public static OverlayConfigurations create(String name, X509Certificate root, URI enrollment,
            InetSocketAddress bootstrap) {
        OverlayConfiguration configuration = OverlayConfiguration.builder(name).sequence(1)
                .expiration(root.getNotAfter().toInstant()).topologyPlugin(OverlayConfiguration.DEFAULT_TOPOLOGY_PLUGIN)
                .nodeIdLength(OverlayConfiguration.DEFAULT_NODE_ID_LENGTH).addRootCertificate(der(root))
                .addEnrollmentServer(enrollment.toString())
                .addBootstrapNode(new BootstrapNode(bootstrap.getHostString(), bootstrap.getPort()))
                .addOverlayLinkProtocol("TLS").clientsPermitted(true).noIce(true)
                .kinds(List.of(registered(CertificateStoreUsage.CERTIFICATE_BY_NODE),
                        registered(CertificateStoreUsage.CERTIFICATE_BY_USER), registered(TurnServiceUsage.TURN_SERVICE),
                        LocalKindName.named(KindBlock.withId(DEMO_NOTE_KIND.id(), DEMO_NOTE_KIND.dataModel(),
                                DEMO_NOTE_KIND.accessControl(), DEMO_NOTE_KIND.maxCount(), DEMO_NOTE_KIND.maxSize()),
                                DEMO_NOTE)))
                .build();
        return OverlayConfigurations.of(List.of(configuration));
    }

    /** The kind-block of a kind RFC 6940 registers (14.6), by its name. */
    private static KindBlock registered(KindDefinition kind) {
        KindBlock block = KindBlock.named(kind.name(), kind.dataModel(), kind.accessControl(), kind.maxCount(),
                kind.maxSize());
        return kind.accessControl() == AccessControlPolicy.NODE_MULTIPLE ? block.withMaxNodeMultiple(kind.maxNodeMultiple())
                : block;
    }

    private static Opaque der(X509Certificate certificate) {
        try {
            return Opaque.of(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the CA's own root certificate does not encode", e);
        }
    }
}

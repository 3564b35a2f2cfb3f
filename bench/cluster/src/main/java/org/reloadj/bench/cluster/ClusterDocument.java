package org.reloadj.bench.cluster;

import java.net.InetSocketAddress;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;
import org.reloadj.config.BootstrapNode;
import org.reloadj.config.KindBlock;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.core.storage.AccessControl;

/**
 * The Configuration Document of the benchmark's overlay (RFC 6940, 11.1): CHORD-RELOAD with
 * 16-byte Node-IDs, the CA's root certificate, the first node as bootstrap node, the link protocol
 * of the run, no ICE, and one kind: single values under NODE-MULTIPLE (7.3.4), so that every
 * node can store at many Resource-IDs of its own, spread over the ring as random ones would be.
 */
final class ClusterDocument {
    /** The overlay's name. */
    static final String OVERLAY = "bench.reloadj.test";
    /** The benchmark's kind, from the private Kind-ID range. */
    static final KindId KIND = new KindId(0xF0BE_0001L);
    /** The most values one node stores: the NODE-MULTIPLE index runs from 1 to this. */
    static final int PER_NODE = AccessControl.MAX_NODE_MULTIPLE;

    private ClusterDocument() {
    }

    static OverlayConfigurations create(X509Certificate root, InetSocketAddress bootstrap, ClusterOptions options) {
        OverlayConfiguration configuration = OverlayConfiguration.builder(OVERLAY).sequence(1)
                .expiration(Instant.now().plus(Duration.ofDays(1)))
                .topologyPlugin(OverlayConfiguration.DEFAULT_TOPOLOGY_PLUGIN)
                .nodeIdLength(OverlayConfiguration.DEFAULT_NODE_ID_LENGTH).addRootCertificate(der(root))
                .addBootstrapNode(new BootstrapNode(bootstrap.getHostString(), bootstrap.getPort()))
                .addOverlayLinkProtocol(options.link().name()).noIce(true)
                .addKind(KindBlock.withId(KIND, DataModel.SINGLE_VALUE, AccessControlPolicy.NODE_MULTIPLE, 1,
                        options.valueBytes()).withMaxNodeMultiple(PER_NODE))
                .build();
        return OverlayConfigurations.of(List.of(configuration));
    }

    private static Opaque der(X509Certificate certificate) {
        try {
            return Opaque.of(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the CA's root certificate does not encode", e);
        }
    }
}

package org.reloadj.usage.certstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reloadj.security.signature.CertificateSource;
import org.reloadj.testkit.NodeRing;

/** The Certificate Store on peers that joined with CHORD-RELOAD (RFC 6940, 8, 10.5). */
class CertificateStoreChordTest {
    @Test
    void after_joining_every_peer_publishes_and_every_certificate_is_found_under_both_kinds() {
        NodeRing ring = new NodeRing(NodeRing.Joining.CHORD, 4, List.of(new CertificateStoreUsage()), b -> b,
                id -> CertificateSource.none());
        for (int i = 0; i < ring.size(); i++) {
            ring.await(new OverlayCertificateStore(ring.overlay(i), ring.clock(), new OverlayCertificateSource())
                    .publish(ring.certificate(i)));
        }

        for (int reader = 0; reader < ring.size(); reader++) {
            CertificateStore store = new OverlayCertificateStore(ring.overlay(reader), ring.clock(),
                    new OverlayCertificateSource());
            for (int owner = 0; owner < ring.size(); owner++) {
                assertThat(ring.await(store.findByNode(ring.nodeId(owner)))).containsExactly(ring.certificate(owner));
                assertThat(ring.await(store.findByUser(ring.user(owner)))).containsExactly(ring.certificate(owner));
            }
        }
    }
}
